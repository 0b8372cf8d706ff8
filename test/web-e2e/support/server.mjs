// Starts the built production server (dist/) as a child process, as `npm start` would.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MAIN = 'dist/api/api/src/main.js';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function newDataDir() {
  const dir = await mkdtemp(join(tmpdir(), 'tiaojie-e2e-'));
  await chmod(dir, 0o755); // the postgres user must be able to enter it
  return dir;
}

/** Resolves with the child once GET /api/health answers ok; rejects with its output otherwise. */
export async function startServer({ dataDir, port, env = {} }) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, TIAOJIE_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Kept for test/scan-logs.mjs, which fails the run when personal data reaches the logs.
  mkdirSync('tmp/test-results/logs', { recursive: true });
  const log = createWriteStream(`tmp/test-results/logs/e2e-server-${port}-${Date.now()}.log`);
  child.once('close', () => log.end());
  const keep = (chunk) => {
    output += chunk;
    log.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok)
        return {
          child,
          url: `http://127.0.0.1:${port}`,
          output: () => output,
          startedInMs: Date.now() - started,
        };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy in 60 s:\n${output}`);
}

export function stopServer(child, signal = 'SIGTERM') {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/**
 * The pids of the API worker processes of a running `main.js` (the supervisor's children that run
 * main.js; an embedded PostgreSQL is a child too), from /proc (Linux).
 */
export async function workerPids(child) {
  const { readFile, readdir } = await import('node:fs/promises');
  const pids = [];
  for (const task of await readdir(`/proc/${child.pid}/task`).catch(() => [])) {
    const children = await readFile(`/proc/${child.pid}/task/${task}/children`, 'utf8').catch(() => '');
    for (const pid of children.split(/\s+/).filter(Boolean).map(Number)) {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      if (cmdline.includes(MAIN)) pids.push(pid);
    }
  }
  return pids;
}

/** Whether a process (by pid) is still there. */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
