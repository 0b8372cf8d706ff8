import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { signedAgreement } from './support/agreement.js';
import { finaliseState, type Outcome, outcomeOf } from './support/faults-agreement.js';
import {
  type Answer,
  clientOf,
  figures,
  isErrorShape,
  postAndDrop,
  report,
  send,
  writeFigures,
} from './support/faults-http.js';
import { caseBody, caseInMediation, recoveryTime, startWriteLoad } from './support/faults-load.js';
import {
  type RestartablePostgres,
  silentPostgres,
  startRestartablePostgres,
} from './support/faults-postgres.js';
import { freePort, newDataDir, type RunningServer, startServer, stopServer } from './support/server.mjs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ok = (a: Answer<unknown>) => a.status >= 200 && a.status < 300;

/**
 * Faults injected into the production build (dist/) running on a PostgreSQL of its own: the
 * database restarted under a write load, the API killed while it finalises an agreement, a
 * connection dropped before the answer of an idempotent creation, two mediators saving one draft.
 * The figures are printed as they come and written to tmp/test-results/faults.json.
 */
describe('faults: the production API under injected failures', () => {
  let dataDir: string;
  let db: RestartablePostgres;
  let port: number;
  let server: RunningServer;
  const boot = async (demo: 'true' | 'false') => {
    server = await startServer({
      dataDir,
      port,
      env: { DATABASE_URL: db.url, TIAOJIE_DEMO: demo, TIAOJIE_SCHEDULER: 'false' },
    });
  };

  beforeAll(async () => {
    dataDir = await newDataDir();
    db = await startRestartablePostgres(dataDir);
    port = await freePort();
    await boot('true'); // migrates and loads the demo accounts
  }, 180_000);
  afterAll(async () => {
    if (server) await stopServer(server.child);
    await db?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    await writeFigures();
  }, 60_000);

  it('creates one case when the connection drops before the answer and the client retries with the same key', async () => {
    const mediator = await clientOf(server.url, 'mediator.yang');
    const drops = [0, 0, 0, 1, 2, 5, 10, 20, 50, 100];
    let replayed = 0;
    let lastKey = '';
    let lastBody: ReturnType<typeof caseBody> | undefined;
    for (const [i, dropAfter] of drops.entries()) {
      const key = randomUUID();
      const body = caseBody(mediator, `断线重试 ${i} ${key}`);
      await postAndDrop(
        `${server.url}/api/cases`,
        body,
        { authorization: `Bearer ${mediator.token}`, 'idempotency-key': key },
        dropAfter,
      );
      figures.faultsInjected.droppedConnection++;
      const retry = await mediator.send('POST', '/api/cases', body, { 'Idempotency-Key': key });
      expect(retry.status).toBe(201);
      if (retry.headers?.get('idempotent-replayed') === 'true') replayed++;
      const rows = await db.sql<{ id: string }>('SELECT id FROM cases WHERE title = $1', [body.title]);
      figures.duplicateCreations += Math.max(0, rows.length - 1);
      expect(rows.map((r) => r.id)).toEqual([retry.body['id']]);
      [lastKey, lastBody] = [key, body];
    }
    report(
      `dropped connections: ${drops.length}, retries answered with the first case: ${replayed}, ` +
        `created by the retry: ${drops.length - replayed}, duplicates: ${figures.duplicateCreations}`,
    );

    // The same key with another body is a client error (docs/api.md: 422, a rule refused it), not a replay.
    const otherBody = { ...lastBody, facts: '另一件纠纷的事实。' };
    const other = await mediator.send('POST', '/api/cases', otherBody, { 'Idempotency-Key': lastKey });
    expect(other.status).toBe(422);
    expect(isErrorShape(other)).toBe(true);
    expect(other.body['code']).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await db.sql('SELECT id FROM cases WHERE title = $1', [lastBody!.title])).toHaveLength(1);
  }, 120_000);

  it('lets exactly one of two mediators saving the same draft win, with a 409 for the other and no lost update', async () => {
    const yang = await clientOf(server.url, 'mediator.yang');
    const zhao = await clientOf(server.url, 'mediator.zhao');
    const c = await caseInMediation(yang, '两位调解员同时保存', ['赵丽华']);
    const draft = await yang.call<{ id: string }>('POST', `/api/cases/${c.id}/agreements`, {
      form: 'written',
      facts: '楼上漏水致楼下天花板受损。',
      responsibility: '被申请人负全部责任。',
      performance: '当面履行。',
      terms: [
        {
          obligorPartyId: c.partyIds[1],
          obligeePartyId: c.partyIds[0],
          kind: 'apologise',
          text: '刘建平向王秀英赔礼道歉',
        },
      ],
    });
    const path = `/api/agreements/${draft.id}`;
    const mediators = [
      { client: yang, name: '杨建国' },
      { client: zhao, name: '赵丽华' },
    ];
    const rounds = 20;
    for (let round = 1; round <= rounds; round++) {
      const loaded = await Promise.all(mediators.map((m) => m.client.call<{ version: number }>('GET', path)));
      expect(loaded[0]!.version).toBe(loaded[1]!.version);
      const version = loaded[0]!.version;
      const facts = mediators.map((m) => `第${round}轮：${m.name}保存的事实。`);
      // Alternate who sends first, so that either may win.
      const order = round % 2 ? [0, 1] : [1, 0];
      const answers: Answer[] = [];
      await Promise.all(
        order.map(async (k) => {
          answers[k] = await mediators[k]!.client.send('PATCH', path, { version, facts: facts[k] });
        }),
      );
      figures.faultsInjected.concurrentSave++;
      const winners = answers.flatMap((a, k) => (ok(a) ? [k] : []));
      const conflicts = answers.filter((a) => a.status === 409);
      figures.conflictsSeen += conflicts.length;
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(isErrorShape(conflicts[0]!)).toBe(true);
      expect(conflicts[0]!.body['code']).toBe('VERSION_CONFLICT');
      const after = await yang.call<{ version: number; facts: string }>('GET', path);
      if (after.facts !== facts[winners[0]!]) figures.lostUpdates++;
      expect(after).toMatchObject({ version: version + 1, facts: facts[winners[0]!] });
    }
    report(
      `concurrent saves: ${rounds} rounds, ${figures.conflictsSeen} conflicts, ${figures.lostUpdates} lost updates`,
    );
  }, 120_000);

  it('keeps every acknowledged write and recovers by itself within 5 s when PostgreSQL restarts under load', async () => {
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
    const sessionCase = await caseInMediation(mediators[0]!, '重启负载的会话案件', ['赵丽华']);
    const load = startWriteLoad(mediators, sessionCase);
    await sleep(2000);
    const before = load.writes.length;
    await db.stop(); // fast shutdown: the sessions of the API's pool are cut mid-transaction
    figures.faultsInjected.postgresRestart++;
    report(`PostgreSQL stopped (fast) after ${before} writes`);
    await sleep(1500);
    await db.start();
    const back = Date.now();
    const { healthy, written: recovery } = await recoveryTime(mediators[0]!, back);
    figures.recoveryAfterPostgresRestartMs = recovery;
    report(
      `API recovered after PostgreSQL accepted connections again: health ok after ${healthy ?? 'never'} ms, ` +
        `first write after ${recovery ?? 'never'} ms`,
    );
    await sleep(1500); // the load runs on after the recovery
    await load.stop();

    const acknowledged = load.writes.filter((w) => ok(w.answer));
    const failed = load.writes.filter((w) => !ok(w.answer));
    const ids = (kind: string) =>
      acknowledged.filter((w) => w.kind === kind).map((w) => w.answer.body['id'] as string);
    const found = [
      ...(await db.sql('SELECT id FROM cases WHERE id = ANY($1::uuid[])', [ids('case')])),
      ...(await db.sql('SELECT id FROM mediation_sessions WHERE id = ANY($1::uuid[])', [ids('session')])),
    ];
    const lost = acknowledged.length - found.length;
    const hung = failed.filter((w) => w.answer.status === 0);
    const clean = failed.filter((w) => w.answer.status >= 500 && isErrorShape(w.answer));
    figures.writesAcknowledged += acknowledged.length;
    figures.writesLost += lost;
    figures.writesFailedCleanly += clean.length;
    figures.requestsHung += hung.length;
    const refusals = new Map<string, number>();
    for (const w of failed) {
      const key = `${w.answer.status || w.answer.error} ${String((w.answer.body as { code?: string })?.code ?? '')}`;
      refusals.set(key, (refusals.get(key) ?? 0) + 1);
    }
    report(
      `write load: ${load.writes.length} writes, ${acknowledged.length} acknowledged (${ids('case').length} cases, ` +
        `${ids('session').length} sessions), ${lost} lost, refused: ${JSON.stringify([...refusals])}`,
    );
    const serverErrors = server
      .output()
      .split('\n')
      .filter((l) => l.includes('ERROR'));
    if (serverErrors.length) report(`server errors:\n${serverErrors.slice(0, 5).join('\n')}`);

    expect(server.child.exitCode).toBeNull();
    expect(lost).toBe(0);
    expect(hung.map((w) => w.answer.error)).toEqual([]);
    // The database, not the request, failed: 503 DATABASE_UNAVAILABLE, with a hint when to retry.
    expect([...refusals.keys()].filter((k) => k !== '503 DATABASE_UNAVAILABLE')).toEqual([]);
    expect(failed.length).toBe(clean.length);
    expect(failed.every((w) => w.answer.headers?.get('retry-after') === '2')).toBe(true);
    expect(recovery).not.toBeNull();
    expect(recovery!).toBeLessThanOrEqual(5000);
    // The writers themselves got through again after the recovery.
    const recoveredAt = back + (recovery ?? 0) - load.started;
    expect(acknowledged.filter((w) => w.at >= recoveredAt).length).toBeGreaterThan(0);
  }, 120_000);

  it('answers 503 instead of hanging while PostgreSQL accepts connections but never answers', async () => {
    const mediator = await clientOf(server.url, 'mediator.yang');
    await db.stop();
    const silent = await silentPostgres(db.port);
    figures.faultsInjected.postgresSilent++;
    let answers: Answer[];
    const started = Date.now();
    try {
      answers = await Promise.all([
        send(`${server.url}/api/health`, { method: 'GET' }),
        mediator.send('POST', '/api/cases', caseBody(mediator, '数据库无响应时的登记')),
      ]);
    } finally {
      await silent.close();
    }
    const waited = Date.now() - started;
    figures.answerWhilePostgresSilentMs = waited;
    report(
      `PostgreSQL silent: answers ${answers.map((a) => a.status || a.error).join(', ')} after ${waited} ms`,
    );
    await db.start();
    const { written } = await recoveryTime(mediator, Date.now());
    report(`API recovered ${written ?? 'never'} ms after PostgreSQL was back`);

    expect(answers.map((a) => a.status)).toEqual([503, 503]);
    expect(answers[0]!.body).toEqual({ status: 'error', db: 'down' });
    expect(isErrorShape(answers[1]!)).toBe(true);
    expect(answers[1]!.body['code']).toBe('DATABASE_UNAVAILABLE');
    expect(written).not.toBeNull();
  }, 120_000);

  it('never leaves an agreement half finalised when the API is killed with SIGKILL during finalisation', async () => {
    const mediator = await clientOf(server.url, 'mediator.yang');
    const director = await clientOf(server.url, 'director.yang');
    // How long one finalisation takes on this machine, to spread the kills over it: measured as the
    // kills will meet it, on a freshly started process that has just had the agreement signed.
    const first = await signedAgreement(mediator, director, 'SIGKILL 定稿（签署密钥）');
    await mediator.call('POST', `/api/agreements/${first.agreementId}/finalise`, {});
    expect(outcomeOf(await finaliseState(db, mediator, first.agreementId))).toBe('effective');
    await stopServer(server.child);
    await boot('false');
    const probe = await signedAgreement(mediator, director, 'SIGKILL 定稿（校准）');
    const started = Date.now();
    await mediator.call('POST', `/api/agreements/${probe.agreementId}/finalise`, {});
    const finaliseMs = Date.now() - started;
    const kills = 12;
    // Denser early on: a process that has signed before finalises faster than the probe.
    const delays = Array.from({ length: kills }, (_, i) => Math.round(finaliseMs * (i / (kills - 1)) ** 2));
    report(`one finalisation takes ${finaliseMs} ms here; SIGKILL after ${delays.join(', ')} ms`);

    const outcomes: { delay: number; answer: number | string; outcome: Outcome }[] = [];
    for (const [i, delay] of delays.entries()) {
      const signed = await signedAgreement(mediator, director, `SIGKILL 定稿 ${i}`);
      const pending = mediator.send('POST', `/api/agreements/${signed.agreementId}/finalise`, {});
      await sleep(delay);
      await stopServer(server.child, 'SIGKILL');
      figures.faultsInjected.sigkillDuringFinalise++;
      const answer = await pending;
      await boot('false'); // the sign-in sessions live in the database: the clients' tokens still work
      const state = await finaliseState(db, mediator, signed.agreementId);
      const outcome = outcomeOf(state);
      outcomes.push({ delay, answer: answer.status || answer.error || 'none', outcome });
      report(`kill ${i + 1}/${kills} after ${delay} ms: answer ${answer.status || answer.error}, ${outcome}`);
      if (outcome === 'half') report(`half finalised: ${JSON.stringify(state)}`);
      if (outcome === 'pending') {
        // Still pending means finalisable again, completely.
        await mediator.call('POST', `/api/agreements/${signed.agreementId}/finalise`, {});
        expect(outcomeOf(await finaliseState(db, mediator, signed.agreementId))).toBe('effective');
      }
    }
    const count = (o: Outcome) => outcomes.filter((x) => x.outcome === o).length;
    figures.agreementsFinalisedAfterKill += count('effective');
    figures.agreementsPendingAfterKill += count('pending');
    figures.halfFinalisedAgreements += count('half');
    report(
      `after ${kills} kills: ${count('effective')} effective, ${count('pending')} pending, ${count('half')} half`,
    );

    expect(outcomes.filter((o) => o.outcome === 'half')).toEqual([]);
    // An answered 200 was committed: the agreement it announced is effective.
    expect(outcomes.filter((o) => o.answer === 200 && o.outcome !== 'effective')).toEqual([]);
    // The hash-chained audit trail is whole after the kills.
    expect(await director.call('GET', '/api/audit/verify')).toMatchObject({ intact: true });
  }, 900_000);
});
