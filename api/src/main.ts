import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap.js';
import { type AppConfig, ConfigError, DEMO_PASSWORD, loadConfig } from './config/config.js';
import { DEMO_USERS } from './database/demo-data.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded.js';

const logger = new Logger('tiaojie');

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, 'tiaojie', (line) => logger.log(line));
    logger.log(`Embedded PostgreSQL on port ${embedded.port}, data in ${config.dataDir}`);
  }
  const app = await createApp(config, config.databaseUrl ?? embedded!.url);
  if (embedded) {
    const database = embedded;
    const close = app.close.bind(app);
    app.close = async () => {
      await close();
      await database.stop();
    };
  }
  await app.listen(config.port, '0.0.0.0');
  printWelcome(config, Date.now() - started);
}

function printWelcome(config: AppConfig, ms: number): void {
  const url = `http://localhost:${config.port}/`;
  const lines = [
    `tiaojie 调解 is ready in ${(ms / 1000).toFixed(1)} s: ${url}  (API ${url}api, docs ${url}api/docs)`,
  ];
  if (config.demo) {
    lines.push(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`  ${user.username.padEnd(15)} ${user.name} (${user.role})`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`\n${error.message}\n\n`);
  else logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
