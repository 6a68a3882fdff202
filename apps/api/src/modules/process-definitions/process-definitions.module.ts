import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LocalitiesModule } from '../localities/localities.module';
import { ProcessDefinitionEntity } from './entities/process-definition.entity';
import { ProcessDefinitionsController } from './process-definitions.controller';
import { ProcessDefinitionsService } from './process-definitions.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProcessDefinitionEntity]), LocalitiesModule],
  controllers: [ProcessDefinitionsController],
  providers: [ProcessDefinitionsService],
  exports: [ProcessDefinitionsService],
})
export class ProcessDefinitionsModule {}
