import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../bootstrap/create-app';
import { ManualClock } from '../common/clock/clock';
import type { AppConfig } from '../config/app-config';
import { TimerScheduler } from '../modules/runtime/timers/timer-scheduler';
import { ChainDriver } from './chain-driver';
import { testConfig } from './test-config';
import { copyTemplate } from './test-database';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  clock: ManualClock;
  http: () => ReturnType<typeof request>;
  /** Logs a demo user in (password `demo`) and returns its bearer header. */
  as: (username: string) => Promise<{ Authorization: string }>;
  fireDueTimers: () => Promise<number>;
  close: () => Promise<void>;
}

/** The whole product on a fresh copy of the seeded template, with a clock the test moves. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await copyTemplate();
  // Papers issued at the steps go to a folder of this app's own, whichever database it runs on.
  const documentsDir = mkdtempSync(join(tmpdir(), 'vd-test-documents-'));
  const config = testConfig({ DOCUMENTS_DIR: documentsDir, ...database.env, ...env });
  // A Monday morning in Hà Nội, away from holidays, so working-day limits are easy to read.
  const clock = new ManualClock(new Date('2026-03-02T02:00:00Z'));
  const { app, dataSource } = await createApp(config, { clock });
  await app.init();
  const server = app.getHttpServer();
  const tokens = new Map<string, string>();
  return {
    app,
    config,
    dataSource,
    clock,
    http: () => request(server),
    as: async (username) => {
      let token = tokens.get(username);
      if (!token) {
        const response = await request(server).post('/api/auth/login').send({ username, password: 'demo' }).expect(200);
        token = response.body.accessToken as string;
        tokens.set(username, token);
      }
      return { Authorization: `Bearer ${token}` };
    },
    fireDueTimers: () => app.get(TimerScheduler).runDueJobs(),
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers a test app (and a chain driver) for the enclosing describe block: started
 * before its tests, closed after. Read the fields inside tests, not at definition time.
 */
export function useTestApp(env: Record<string, string> = {}): { t: TestApp; driver: ChainDriver } {
  const context = {} as { t: TestApp; driver: ChainDriver };
  beforeAll(async () => {
    context.t = await startTestApp(env);
    context.driver = new ChainDriver(context.t);
  });
  afterAll(() => context.t?.close());
  return context;
}
