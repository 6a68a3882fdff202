import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/app-config';
import { DataFolderInUseError } from './database/pglite/data-folder-lock';
import { createApp } from './bootstrap/create-app';
import { DemoDataSeeder } from './modules/demo-data/demo-data.seeder';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app } = await createApp(config);
  await app.listen(config.http.port, config.http.host);
  const address = `http://${config.http.host}:${config.http.port}`;
  const database = config.database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite tại ${config.database.dataDir}`;
  const logger = new Logger('VinhDanh');
  logger.log(`Vinh Danh đang chạy: ${address}/api  ·  OpenAPI: ${address}/api/docs  ·  CSDL: ${database}`);
  if (config.demoData) {
    const usernames = app.get(DemoDataSeeder).demoUsernames();
    logger.log(`Tài khoản trình diễn (mật khẩu "demo"): ${usernames.join(', ')}`);
  }
}

main().catch((error: unknown) => {
  // A configuration mistake is the user's to fix: say it plainly, without a stack.
  if (error instanceof ConfigError || error instanceof DataFolderInUseError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
