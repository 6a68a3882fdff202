import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AwardTypesController } from './award-types.controller';
import { AwardTypesService } from './award-types.service';
import { AwardTypeEntity } from './entities/award-type.entity';
import { SaveAwardTypeUseCase } from './save-award-type.use-case';

@Module({
  imports: [TypeOrmModule.forFeature([AwardTypeEntity])],
  controllers: [AwardTypesController],
  providers: [AwardTypesService, SaveAwardTypeUseCase],
  exports: [AwardTypesService],
})
export class AwardTypesModule {}
