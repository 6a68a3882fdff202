import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LocalitiesModule } from '../localities/localities.module';
import { MovementEntity } from './entities/movement.entity';
import { DossierCriteriaChecker } from './evaluation/dossier-criteria-checker';
import { MovementsController } from './movements.controller';
import { MovementsService } from './movements.service';

@Module({
  imports: [TypeOrmModule.forFeature([MovementEntity]), LocalitiesModule],
  controllers: [MovementsController],
  providers: [MovementsService, DossierCriteriaChecker],
  exports: [MovementsService, DossierCriteriaChecker],
})
export class MovementsModule {}
