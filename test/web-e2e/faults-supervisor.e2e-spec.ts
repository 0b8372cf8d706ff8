import { fork, spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { type Answer, clientOf, HANG_MS, isErrorShape, report, send } from './support/faults-http.js';
import { caseInMediation, startWriteLoad } from './support/faults-load.js';
import { type RestartablePostgres, startRestartablePostgres } from './support/faults-postgres.js';
import {
  freePort,
  isAlive,
  MAIN,
  newDataDir,
  type RunningServer,
  startServer,
  stopServer,
  workerPids,
} from './support/server.mjs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ok = (a: Answer<unknown>) => a.status >= 200 && a.status < 300;

/** The figures of this file, printed as they come and written to tmp/test-results/faults-supervisor.json. */
const figures = {
  workerKills: 0,
  restartToHealthyMs: [] as number[],
  writesAcknowledged: 0,
  writesLost: 0,
  requestsHung: 0,
  refusals: {} as Record<string, number>,
  orphanWorkerGoneMs: null as number | null,
  crashLoopGaveUpMs: null as number | null,
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, giveUpMs: number): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < giveUpMs) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(50);
  }
  throw new Error(`${what}: not within ${giveUpMs} ms`);
}

/**
 * The supervisor of `npm start` (api/src/supervisor.ts): the production build's cluster primary
 * restarts a worker killed with SIGKILL under a write load, and no acknowledged write is lost; a
 * worker does not outlive its primary; a worker that cannot start is not restarted for ever.
 */
describe('faults: the supervised API worker', () => {
  let dataDir: string;
  let db: RestartablePostgres;
  let server: RunningServer;

  beforeAll(async () => {
    dataDir = await newDataDir();
    db = await startRestartablePostgres(dataDir);
    server = await startServer({
      dataDir,
      port: await freePort(),
      env: { DATABASE_URL: db.url, TIAOJIE_DEMO: 'true', TIAOJIE_SCHEDULER: 'false' },
    });
  }, 180_000);
  afterAll(async () => {
    if (server) await stopServer(server.child);
    await db?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await mkdir('tmp/test-results', { recursive: true });
    await writeFile('tmp/test-results/faults-supervisor.json', `${JSON.stringify(figures, null, 2)}\n`);
    report(`supervisor figures: ${JSON.stringify(figures)}`);
  }, 60_000);

  it('restarts the worker killed with SIGKILL under a write load, 5 times, losing no acknowledged write', async () => {
    const mediators = await Promise.all(
      [
        'mediator.yang',
        'mediator.zhao',
        'mediator.yang',
        'mediator.zhao',
        'mediator.yang',
        'mediator.zhao',
      ].map((u) => clientOf(server.url, u)),
    );
    const director = await clientOf(server.url, 'director.yang');
    const sessionCase = await caseInMediation(
      mediators[0]!,
      '工作进程被杀时的会话案件',
      ['赵丽华'],
      director,
    );
    const load = startWriteLoad(mediators, sessionCase);
    const kills = 5;
    const primaryPid = server.child.pid;
    try {
      for (let i = 1; i <= kills; i++) {
        await sleep(1500); // writes go through before each kill
        const [pid] = await workerPids(server.child);
        expect(pid).toBeDefined();
        process.kill(pid!, 'SIGKILL');
        figures.workerKills++;
        const killed = Date.now();
        const restartedPid = await until(
          'a new worker answers /api/health',
          async () => {
            const health = await send(`${server.url}/api/health`, { method: 'GET' });
            if (health.status !== 200) return undefined;
            const [now] = await workerPids(server.child);
            return now !== undefined && now !== pid ? now : undefined;
          },
          60_000,
        );
        const ms = Date.now() - killed;
        figures.restartToHealthyMs.push(ms);
        report(
          `worker kill ${i}/${kills}: pid ${pid} → ${restartedPid}, /api/health ok again after ${ms} ms`,
        );
      }
      await sleep(1500); // the load runs on after the last restart
    } finally {
      await load.stop();
    }

    const acknowledged = load.writes.filter((w) => ok(w.answer));
    const failed = load.writes.filter((w) => !ok(w.answer));
    const ids = (kind: string) =>
      acknowledged.filter((w) => w.kind === kind).map((w) => w.answer.body['id'] as string);
    const found = [
      ...(await db.sql('SELECT id FROM cases WHERE id = ANY($1::uuid[])', [ids('case')])),
      ...(await db.sql('SELECT id FROM mediation_sessions WHERE id = ANY($1::uuid[])', [ids('session')])),
    ];
    const lost = acknowledged.length - found.length;
    const hung = failed.filter((w) => w.answer.status === 0 && /timeout|abort/i.test(w.answer.error ?? ''));
    for (const w of failed) {
      const key = `${w.answer.status || w.answer.error} ${String((w.answer.body as { code?: string })?.code ?? '')}`;
      figures.refusals[key] = (figures.refusals[key] ?? 0) + 1;
    }
    figures.writesAcknowledged += acknowledged.length;
    figures.writesLost += lost;
    figures.requestsHung += hung.length;
    const times = figures.restartToHealthyMs;
    report(
      `write load over ${kills} worker kills: ${load.writes.length} writes, ${acknowledged.length} acknowledged, ` +
        `${lost} lost, ${hung.length} hung (> ${HANG_MS} ms), refused: ${JSON.stringify(figures.refusals)}; ` +
        `restart to healthy: max ${Math.max(...times)} ms, median ${[...times].sort((a, b) => a - b)[2]} ms`,
    );

    expect(server.child.exitCode).toBeNull();
    expect(server.child.pid).toBe(primaryPid);
    expect(lost).toBe(0);
    expect(hung).toEqual([]);
    // A write cut by the kill is a transport error (reset, refused while no worker listens) or, when
    // it reached a worker, an answer with docs/api.md's error body; never a 500.
    expect(
      failed.filter((w) => w.answer.status !== 0 && !(w.answer.status === 503 && isErrorShape(w.answer))),
    ).toEqual([]);
    // The writers got through again after the last restart.
    expect(acknowledged.filter((w) => w.at > Date.now() - load.started - 1500).length).toBeGreaterThan(0);
    expect(server.output()).toMatch(/was killed by SIGKILL/);
  }, 600_000);

  it('leaves no worker listening when the supervisor itself is killed with SIGKILL', async () => {
    const workers = await workerPids(server.child);
    expect(workers).toHaveLength(1);
    await stopServer(server.child, 'SIGKILL');
    const killed = Date.now();
    await until(
      'the orphaned worker exits',
      () => Promise.resolve(isAlive(workers[0]!) ? undefined : true),
      15_000,
    );
    figures.orphanWorkerGoneMs = Date.now() - killed;
    report(`supervisor killed: its worker exited ${figures.orphanWorkerGoneMs} ms later`);
    expect((await send(`${server.url}/api/health`, { method: 'GET' })).status).toBe(0);

    // Stopped with SIGTERM, it stops its worker first and then exits 0.
    server = await startServer({
      dataDir,
      port: await freePort(),
      env: { DATABASE_URL: db.url, TIAOJIE_SCHEDULER: 'false' },
    });
    const [worker] = await workerPids(server.child);
    const exited = new Promise<number | null>((resolve) =>
      server.child.once('exit', (code) => resolve(code)),
    );
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(worker!)).toBe(false);
  }, 180_000);

  it('stops with a clear message when the worker cannot start, 5 times in a row', async () => {
    // The port is taken: every worker fails at listen, after the app was built.
    const taken = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, '0.0.0.0', resolve));
    try {
      const started = Date.now();
      const child = spawn(process.execPath, [MAIN], {
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          PORT: String(port),
          LOG_LEVEL: 'warn',
          TIAOJIE_SCHEDULER: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
      figures.crashLoopGaveUpMs = Date.now() - started;
      report(`port taken: the supervisor gave up after ${figures.crashLoopGaveUpMs} ms (exit ${code})`);
      expect(code).toBe(1);
      expect(output).toMatch(/failed to start 5 times in a row/);
      expect(output.match(/before it could listen/g)).toHaveLength(5);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 300_000);

  it('logs a throw that escaped every handler (redacted), lets the open request finish and exits 1', async () => {
    // A small server guarded as the worker is, from the build: a request in flight, then a throw in a
    // timer callback (as png-js threw inside zlib's), then an unawaited rejection in a second run.
    const script = `
      import { createServer } from 'node:http';
      import { installLastResort } from '${process.cwd()}/${MAIN.replace('main.js', 'last-resort.js')}';
      import { RedactingLogger } from '${process.cwd()}/${MAIN.replace('main.js', 'common/redacting-logger.js')}';
      const guard = installLastResort(new RedactingLogger(), 3000, (origin, name) => process.send({ origin, name }));
      const server = createServer((req, res) => {
        if (req.url === '/slow') setTimeout(() => res.end('finished'), 800);
        else res.end('ok');
      });
      guard.setClose(() => new Promise((resolve) => server.close(() => resolve())));
      server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
      process.on('message', (how) => {
        if (how === 'throw') setTimeout(() => { throw new Error('坏图片 13912345678'); });
        else Promise.reject(new Error('无人等待 13912345678'));
      });`;
    const file = `${dataDir}/guarded.mjs`;
    await writeFile(file, script);
    for (const how of ['throw', 'reject']) {
      const child = fork(file, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
      let output = '';
      child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
      const messages: Record<string, unknown>[] = [];
      child.on('message', (m) => messages.push(m as Record<string, unknown>));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const { port } = await until(
        'the guarded server listens',
        () => Promise.resolve(messages.find((m) => 'port' in m) as { port: number } | undefined),
        10_000,
      );
      const slow = send(`http://127.0.0.1:${port}/slow`, { method: 'GET' });
      await sleep(100);
      child.send(how);
      const afterThrow = await until(
        'the server stops taking connections',
        async () => {
          const a = await send(`http://127.0.0.1:${port}/`, { method: 'GET' });
          return a.status === 0 ? a : undefined;
        },
        5_000,
      );
      const answer = await slow;
      const code = await exited;
      report(
        `last resort (${how}): in-flight request answered ${answer.status}, then ${afterThrow.error}, exit ${code}`,
      );
      expect(answer).toMatchObject({ status: 200, body: 'finished' });
      // Refused, or reset where the client had kept an idle connection open.
      expect(['ECONNREFUSED', 'ECONNRESET']).toContain(afterThrow.error);
      expect(code).toBe(1);
      expect(messages).toContainEqual({
        origin: how === 'throw' ? 'uncaughtException' : 'unhandledRejection',
        name: 'Error',
      });
      expect(output).toContain(how === 'throw' ? '坏图片 139****5678' : '无人等待 139****5678');
      expect(output).not.toContain('13912345678');
    }
  }, 60_000);
});
