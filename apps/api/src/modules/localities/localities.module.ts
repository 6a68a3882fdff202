import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LocalityEntity } from './entities/locality.entity';
import { SetAreaClassUseCase } from './area-class/set-area-class.use-case';
import { ImportLocalitiesUseCase } from './import/import-localities.use-case';
import { LocalitiesController } from './localities.controller';
import { LocalitiesService } from './localities.service';

@Module({
  imports: [TypeOrmModule.forFeature([LocalityEntity])],
  controllers: [LocalitiesController],
  providers: [LocalitiesService, ImportLocalitiesUseCase, SetAreaClassUseCase],
  exports: [LocalitiesService],
})
export class LocalitiesModule {}
