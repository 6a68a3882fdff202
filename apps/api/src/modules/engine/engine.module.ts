import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createProcessRuntime } from '@vinh-danh/engine';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ProcessDefinitionEntity } from '../process-definitions/entities/process-definition.entity';
import { DefinitionCache } from './definition-cache';
import { PROCESS_RUNTIME } from './engine.tokens';

/** The BPMN runtime behind an injectable adapter, and the cache of parsed definitions. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ProcessDefinitionEntity])],
  providers: [
    {
      provide: PROCESS_RUNTIME,
      inject: [APP_CONFIG],
      // Warm instances are a bounded cache of live engines; the database stays the truth.
      useFactory: (config: AppConfig) => createProcessRuntime({ warmInstances: config.engine.instanceCacheSize }),
    },
    DefinitionCache,
  ],
  exports: [PROCESS_RUNTIME, DefinitionCache],
})
export class EngineModule {}
