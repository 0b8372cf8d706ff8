import fc from 'fast-check';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { effectiveAgreement } from './support/agreement-flow.js';
import { caseBody, caseInMediation, createUser, mediatorId, orgId } from './support/factories.js';
import { type OpenApiDocument, operationsOf } from './support/fuzz-openapi.js';
import { type FuzzRequest, requestArb } from './support/fuzz-requests.js';
import {
  changes,
  closeAgent,
  errorShapeProblem,
  realIds,
  send,
  type Snapshot,
  snapshotter,
} from './support/fuzz-state.js';
import { type FuzzWorld, seededRequestArb, seeds } from './support/fuzz-seeds.js';
import { acceptedReferral } from './support/referral-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Walks every operation of the served OpenAPI document with generated paths, queries, bodies and
 * media types, as every role. Each answer must be below 500, each 4xx must have the error shape of
 * docs/api.md, and a refused request must leave every table (bar the bookkeeping ones of fuzz-state.ts)
 * and the audit chain as they were.
 *
 * FUZZ_SEED=<n> replays a run; FUZZ_RUNS=<n> or TIAOJIE_FUZZ_LONG=1 (20,000) sends more.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261122);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? (process.env['TIAOJIE_FUZZ_LONG'] ? 20000 : 2000));
const VERBOSE = !!process.env['FUZZ_VERBOSE'];
const DEMO_ROLES = [
  'admin',
  'director.yang',
  'mediator.yang',
  'mediator.zhou',
  'sfs.wang',
  'court.li',
  'police.hu',
];

interface Finding {
  problem: string;
  count: number;
  example: { role: string; method: string; url: string; bodyKind: string; body: string; answer: string };
}

describe('fuzzing every OpenAPI operation as every role', () => {
  let t: TestApp;
  let port: number;
  let world: FuzzWorld;
  const auth = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    t = await createTestApp();
    // Records of two committees, a referral and a key, so that real ids of every kind are in play.
    const effective = await effectiveAgreement(t);
    const c = await caseInMediation(t);
    const yang = await t.tokenOf('mediator.yang');
    const presiding = await mediatorId(t, '杨建国');
    const post = (url: string, body: object, token = yang) =>
      t.http().post(url).auth(token, { type: 'bearer' }).send(body).expect(201);
    await post(`/api/cases/${c.id}/sessions`, {
      mode: 'face_to_face',
      startedAt: '2026-11-21T09:00:00+08:00',
      place: '老杨调解中心调解室',
      partyIds: c.parties.map((p) => p.id),
      mediatorIds: [presiding],
      summary: '双方当面陈述',
    });
    const draft = await post(`/api/cases/${c.id}/agreements`, {
      form: 'written',
      facts: '楼上漏水致楼下天花板受损。',
      responsibility: '被申请人负全部责任。',
      performance: '当面履行。',
      terms: [
        {
          obligorPartyId: c.parties[1]!.id,
          obligeePartyId: c.parties[0]!.id,
          kind: 'apologise',
          text: '赔礼道歉',
        },
      ],
    });
    await acceptedReferral(t);
    await post(
      '/api/cases',
      caseBody(await orgId(t, '枫桥镇人民调解委员会')),
      await t.tokenOf('mediator.zhou'),
    );
    world = {
      laoyang: await orgId(t, '老杨调解中心'),
      court: await orgId(t, '诸暨市人民法院'),
      caseId: c.id,
      partyIds: c.parties.map((p) => p.id),
      mediatorId: presiding,
      draftAgreementId: draft.body.id as string,
      agreementId: effective.agreementId,
      agreementCaseId: effective.c.id,
    };
    const key = await t
      .http()
      .post('/api/api-keys')
      .auth(await t.tokenOf('admin'), { type: 'bearer' })
      .send({ organisationId: await orgId(t, '诸暨市人民法院'), name: '法院诉前调解平台' })
      .expect(201);

    const extra = [
      await createUser(t, 'recorder', '老杨调解中心'),
      await createUser(t, 'intake_clerk', '老杨调解中心'),
      await createUser(t, 'county_bureau', '诸暨市司法局'),
      await createUser(t, 'petition_liaison', '诸暨市信访局'),
    ];
    for (const username of [...DEMO_ROLES, ...extra]) {
      const label =
        username.includes('.') && !DEMO_ROLES.includes(username) ? username.split('.')[0]! : username;
      auth.set(label, { Authorization: `Bearer ${await t.tokenOf(username)}` });
    }
    auth.set('anonymous', {});
    auth.set('forged-token', { Authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.' });
    auth.set('api-key', { 'X-Api-Key': (key.body as { key: string }).key });

    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    // Generous: argon2 for four new users and a dozen sign-ins, an agreement signed end to end, beside other files.
  }, 600_000);
  afterAll(async () => {
    closeAgent();
    await t.close();
  });

  it(`answers below 500 with docs/api.md's error shape and changes nothing when it refuses`, async () => {
    const docs = await send(
      port,
      { op: '', role: '', method: 'GET', url: '/api/docs-json', headers: {}, bodyKind: '' },
      {},
    );
    const operations = operationsOf(docs.body as OpenApiDocument);
    expect(operations.length).toBeGreaterThan(60);
    const pool = { real: await realIds(t.dataSource) };
    const roles = [...auth.keys()];
    const snapshot = await snapshotter(t.dataSource);
    // The detector itself: an updated row is seen, though no count changes.
    const probe = await snapshot();
    await t.dataSource.query('UPDATE organisations SET address = address WHERE id = $1', [world.laoyang]);
    expect(changes(probe, await snapshot())).toEqual(['organisations: rows updated']);
    let baseline: Snapshot = await snapshot();

    const started = Date.now();
    const byClass: Record<string, number> = {};
    const byStatus: Record<string, number> = {};
    const covered = new Set<string>();
    const succeeded = new Set<string>();
    const findings = new Map<string, Finding>();
    let sent = 0;
    let fiveHundreds = 0;

    const note = (problem: string, req: FuzzRequest, answer: string) => {
      const key = `${req.op} → ${problem}`;
      const found = findings.get(key);
      if (found) found.count++;
      else {
        const body = req.body ? req.body.subarray(0, 200).toString('utf8') : '';
        const example = {
          role: req.role,
          method: req.method,
          url: req.url.slice(0, 300),
          bodyKind: req.bodyKind,
          body,
          answer,
        };
        findings.set(key, { problem, count: 1, example });
      }
    };

    const exercise = async (req: FuzzRequest) => {
      if (VERBOSE)
        process.stdout.write(
          `fuzz ${sent}: ${req.role} ${req.method} ${req.url.slice(0, 200)} ${req.bodyKind}\n`,
        );
      const res = await send(port, req, auth.get(req.role)!);
      sent++;
      covered.add(req.op);
      const cls = `${Math.floor(res.status / 100)}xx`;
      byClass[cls] = (byClass[cls] ?? 0) + 1;
      byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
      const after = await snapshot();
      if (res.status >= 500 || res.status < 200) {
        fiveHundreds += res.status >= 500 ? 1 : 0;
        note(res.status ? `${res.status}` : res.text, req, res.text);
      } else if (res.status >= 400) {
        const problem = errorShapeProblem(res);
        if (problem) note(`${res.status} error shape: ${problem}`, req, res.text);
        const changed = changes(baseline, after);
        if (changed.length) note(`${res.status} changed ${changed.join('; ')}`, req, res.text);
      } else {
        succeeded.add(req.op);
        // Signing out revokes the role's session: give it back so the role keeps fuzzing.
        if (req.op === 'POST /api/auth/logout')
          await t.dataSource.query('UPDATE sessions SET revoked_at = NULL');
      }
      baseline = after;
    };

    console.log(
      `fuzz: seed ${SEED}, ${RUNS} requests over ${operations.length} operations as ${roles.length} roles`,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 3, arbitrary: fc.oneof(...operations.map((op) => requestArb(op, roles, pool))) },
          {
            weight: 1,
            arbitrary: fc.oneof(...seeds(world).map((seed) => seededRequestArb(seed, roles, pool))),
          },
        ),
        exercise,
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );

    const figures = {
      seed: SEED,
      requests: sent,
      seconds: Math.round((Date.now() - started) / 1000),
      byClass,
      byStatus,
      fiveHundreds,
      operations: operations.length,
      operationsCovered: covered.size,
      operationsWith2xx: succeeded.size,
      roles,
      findings: [...findings.values()],
    };
    await mkdir('tmp/test-results', { recursive: true });
    await writeFile('tmp/test-results/fuzz.json', JSON.stringify(figures, null, 2));
    console.log(`fuzz: ${JSON.stringify({ ...figures, findings: findings.size })}`);

    expect(covered.size).toBe(operations.length);
    expect(sent).toBeGreaterThanOrEqual(RUNS);
    expect(
      [...findings.entries()].map(([key, f]) => `${key} (×${f.count}) e.g. ${JSON.stringify(f.example)}`),
    ).toEqual([]);
  }, 1_800_000);
});
