import { join, resolve } from 'node:path';
import { loadConfig, type AppConfig } from '../config/app-config';

/** Configuration for tests: no scheduler loop (tests fire timers themselves), fixed secret. */
export function testConfig(env: Record<string, string>): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-test-secret-test-secret-42',
    TIMER_POLL_MS: '0',
    LOG_LEVEL: 'error',
    DEMO_DATA: 'false',
    // Each test app would draw a sample PDF in the background, for nothing.
    DOCUMENTS_WARM_UP: 'false',
    PROCESSES_DIR: resolve(join(__dirname, '..', '..', '..', '..', 'processes')),
    ...env,
  });
}
