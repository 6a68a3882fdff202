import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock, SystemClock } from './common/clock/clock';
import { CommonModule } from './common/common.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { AccessModule } from './modules/access/access.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { AwardTypesModule } from './modules/award-types/award-types.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { DemoDataModule } from './modules/demo-data/demo-data.module';
import { DossiersModule } from './modules/dossiers/dossiers.module';
import { EngineModule } from './modules/engine/engine.module';
import { HealthModule } from './modules/health/health.module';
import { LocalitiesModule } from './modules/localities/localities.module';
import { MonitoringModule } from './modules/monitoring/monitoring.module';
import { MovementsModule } from './modules/movements/movements.module';
import { NomineeSearchModule } from './modules/nominee-search/nominee-search.module';
import { ProcessDefinitionsModule } from './modules/process-definitions/process-definitions.module';
import { RuntimeModule } from './modules/runtime/runtime.module';
import { SpreadsheetsModule } from './modules/spreadsheets/spreadsheets.module';
import { TasksModule } from './modules/tasks/tasks.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** An initialised, migrated data source (PGlite or PostgreSQL). */
  dataSource: DataSource;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static register(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule.register(options.config, options.clock ?? new SystemClock()),
        TypeOrmModule.forRootAsync({
          useFactory: () => options.dataSource.options,
          dataSourceFactory: async () => options.dataSource,
        }),
        EngineModule,
        AccessModule,
        AuditModule,
        HealthModule,
        AuthModule,
        LocalitiesModule,
        AwardTypesModule,
        MovementsModule,
        CalendarModule,
        ProcessDefinitionsModule,
        RuntimeModule,
        DossiersModule,
        AttachmentsModule,
        SpreadsheetsModule,
        NomineeSearchModule,
        TasksModule,
        MonitoringModule,
        DemoDataModule,
      ],
    };
  }
}

export { APP_CONFIG, Clock };
