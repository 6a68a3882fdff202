import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createProcessRuntime } from '@vinh-danh/engine';
import { ProcessDefinitionEntity } from '../process-definitions/entities/process-definition.entity';
import { DefinitionCache } from './definition-cache';
import { PROCESS_RUNTIME } from './engine.tokens';

/** The BPMN runtime behind an injectable adapter, and the cache of parsed definitions. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ProcessDefinitionEntity])],
  providers: [{ provide: PROCESS_RUNTIME, useFactory: () => createProcessRuntime() }, DefinitionCache],
  exports: [PROCESS_RUNTIME, DefinitionCache],
})
export class EngineModule {}
