import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, urlencoded } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import type { Clock } from '../common/clock/clock';
import { ValidationFailedError } from '../common/errors/app-error';
import { GlobalErrorFilter } from '../common/errors/global-error.filter';
import type { AppConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { runMigrations, withStartupLock } from '../database/startup-lock';
import { DemoDataSeeder } from '../modules/demo-data/demo-data.seeder';

export interface CreatedApp {
  app: INestApplication;
  dataSource: DataSource;
}

/** Builds the whole product: database, migrations, demo data, HTTP pipeline, OpenAPI. */
export async function createApp(config: AppConfig, options: { clock?: Clock; dataSource?: DataSource } = {}): Promise<CreatedApp> {
  const dataSource = options.dataSource ?? (await createDataSource(config.database));
  if (!dataSource.isInitialized) await dataSource.initialize();
  await withStartupLock(dataSource, () => runMigrations(dataSource));

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ config, dataSource, clock: options.clock }), {
    bodyParser: false,
    logger: loggerLevels(config.logLevel),
  });
  app.setGlobalPrefix('api');
  app.use(json({ limit: config.http.jsonBodyLimit }));
  app.use(urlencoded({ extended: false, limit: '100kb' }));
  app.useGlobalFilters(new GlobalErrorFilter());
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) =>
        new ValidationFailedError(
          'Dữ liệu không hợp lệ',
          errors.flatMap(function describe(error): Array<{ field: string; problems: string[] }> {
            const own = error.constraints ? [{ field: error.property, problems: Object.values(error.constraints) }] : [];
            return [...own, ...(error.children ?? []).flatMap(describe).map((child) => ({ ...child, field: `${error.property}.${child.field}` }))];
          }),
        ),
    }),
  );
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Vinh Danh API')
      .setDescription('Quy trình thi đua, khen thưởng: hồ sơ, công việc, quy trình BPMN')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  if (config.demoData) await withStartupLock(dataSource, () => app.get(DemoDataSeeder).seed());
  return { app, dataSource };
}

function loggerLevels(level: AppConfig['logLevel']): Array<'error' | 'warn' | 'log' | 'debug'> {
  const order = ['error', 'warn', 'log', 'debug'] as const;
  return order.slice(0, order.indexOf(level) + 1);
}
