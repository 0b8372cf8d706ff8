// The benchmark's own embedded PostgreSQL cluster and the production server as a child process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist/api/api/src');
export const MAIN = resolve(DIST, 'main.js');

/**
 * Modest settings for a machine shared with other work; applied with ALTER SYSTEM (restart when changed).
 * Planner costs stay at their defaults, as in a default installation.
 */
export const PG_SETTINGS = {
  shared_buffers: '1GB',
  effective_cache_size: '4GB',
  maintenance_work_mem: '1GB',
  max_wal_size: '8GB',
  checkpoint_timeout: '15min',
  track_io_timing: 'on',
  // Statement statistics of each scenario (reset before it, read after it).
  shared_preload_libraries: 'pg_stat_statements',
};

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts (initialising on first use) the cluster in `dir/pg`; returns { adminUrl, urlOf(db), stop() }. */
export async function startCluster(dir, log) {
  const { startEmbeddedPostgres } = await import(`${DIST}/database/embedded.js`);
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755); // the postgres user must be able to enter it
  let server = await startEmbeddedPostgres(dir, 'postgres', log);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  let changed = false;
  for (const [name, value] of Object.entries(PG_SETTINGS)) {
    const { rows } = await admin.query(`SELECT setting, unit FROM pg_settings WHERE name = $1`, [name]);
    const current = await admin.query(`SELECT current_setting($1) AS v`, [name]);
    if (normalise(current.rows[0].v) !== normalise(value) && rows.length) {
      await admin.query(`ALTER SYSTEM SET ${name} = '${value}'`);
      changed = true;
    }
  }
  await admin.end();
  if (changed) {
    log('PostgreSQL settings changed: restarting the bench cluster');
    await server.stop();
    server = await startEmbeddedPostgres(dir, 'postgres', log);
  }
  const base = server.url.replace(/\/postgres$/, '');
  return {
    adminUrl: server.url,
    urlOf: (db) => `${base}/${db}`,
    port: server.port,
    stop: () => server.stop(),
  };
}

const normalise = (v) => String(v).toLowerCase().replace(/\s+/g, '');

/** Runs the built production server (`node dist/api/api/src/main.js`) against `databaseUrl` until healthy. */
export async function startServer(databaseUrl, log) {
  if (!existsSync(MAIN)) throw new Error('dist/ is missing: npm run build (npm run bench builds first)');
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TIAOJIE_DEMO: 'true',
      LOG_LEVEL: 'warn',
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) {
        // main.js is a supervisor; CPU and memory are measured on the API worker it forked.
        const workerPid = await apiWorkerPid(child.pid);
        log(
          `production server pid ${child.pid} (API worker ${workerPid}) on ${url} (ready in ${Date.now() - started} ms)`,
        );
        return { child, workerPid, url, readyMs: Date.now() - started, output: () => output };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy in 120 s:\n${output}`);
}

/** The pid of the API worker (a child running main.js) of the supervisor `pid`, from /proc (Linux). */
async function apiWorkerPid(pid) {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8')).split(/\s+/).filter(Boolean);
  for (const child of children) {
    if ((await readFile(`/proc/${child}/cmdline`, 'utf8').catch(() => '')).includes('main.js'))
      return Number(child);
  }
  throw new Error(`no API worker under the supervisor (pid ${pid})`);
}

export function stopServer(child) {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** Peak resident set size of a process in MB (VmHWM), while it is still running. */
export async function peakRssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** Resets the peak resident set size of `pid` (VmHWM) to its current size, to measure the next phase alone. */
export async function resetPeakRss(pid) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(`/proc/${pid}/clear_refs`, '5');
}

const TICKS_PER_SECOND = 100; // CLK_TCK on Linux

/** CPU seconds (user + system) used so far by `pid`, 0 when it is gone. */
async function cpuOf(pid) {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds used so far by the postmaster of `dataDir/pg` and all its children (backends, workers). */
export async function postgresCpu(dataDir) {
  const postmaster = Number((await readFile(resolve(dataDir, 'pg/postmaster.pid'), 'utf8')).split('\n')[0]);
  const { readdir } = await import('node:fs/promises');
  // Children that ended meanwhile (parallel workers, autovacuum) count in the postmaster's cutime + cstime.
  const own = (await readFile(`/proc/${postmaster}/stat`, 'utf8')).split(') ')[1].split(' ');
  let total = own.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / TICKS_PER_SECOND;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === postmaster)
        total += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

export const serverCpu = cpuOf;

/** CPU seconds all processes of the machine have used so far (from /proc/stat), to tell other work apart. */
export async function machineCpu() {
  const [, ...ticks] = (await readFile('/proc/stat', 'utf8')).split('\n')[0].trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait is work
  const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}
