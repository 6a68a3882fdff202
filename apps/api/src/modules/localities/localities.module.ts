import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LocalityEntity } from './entities/locality.entity';
import { ImportLocalitiesUseCase } from './import/import-localities.use-case';
import { LocalitiesController } from './localities.controller';
import { LocalitiesService } from './localities.service';

@Module({
  imports: [TypeOrmModule.forFeature([LocalityEntity])],
  controllers: [LocalitiesController],
  providers: [LocalitiesService, ImportLocalitiesUseCase],
  exports: [LocalitiesService],
})
export class LocalitiesModule {}
