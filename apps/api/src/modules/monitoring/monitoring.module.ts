import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LocalitiesModule } from '../localities/localities.module';
import { ProcessDefinitionEntity } from '../process-definitions/entities/process-definition.entity';
import { BottleneckQuery } from './bottleneck.query';
import { MonitoringController } from './monitoring.controller';
import { MonitoringService } from './monitoring.service';

/** The supervisors' read-only view of where dossiers wait. */
@Module({
  imports: [TypeOrmModule.forFeature([ProcessDefinitionEntity]), LocalitiesModule],
  controllers: [MonitoringController],
  providers: [MonitoringService, BottleneckQuery],
})
export class MonitoringModule {}
