import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { CALLS, urlOf } from './support/access-requests.js';
import { expectedRow, MATRIX, SHOWN_BY_DESIGN, SUBJECT_ACCESS } from './support/access-matrix.js';
import { buildWorld, PRINCIPALS, type Principal, type SideName, type World } from './support/access-world.js';
import { caseBody } from './support/factories.js';
import { pdfText } from './support/pdf.js';
import { apiRoutes } from './support/routes.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SCAN = readFileSync('test/api/fixtures/signature.png');
/** Statuses that mean the caller was let through (the body or the record's state may still refuse). */
const DENIED = new Set([401, 403, 404]);

interface Figures {
  checked: number;
  allowed: number;
  allowedWithSuccess: number;
  denied: number;
  revealing: number;
  /** Foreign cells showing what SHOWN_BY_DESIGN allows (never ID numbers, phones or notes). */
  shownByDesign: number;
}

describe('access matrix: every route × every role × own and foreign records', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('has an expected row for every route the router serves, and none for a route it does not', () => {
    const served = apiRoutes(t).map((r) => `${r.method} ${r.path}`);
    const missing = served.filter((route) => !(route in MATRIX));
    const stale = Object.keys(MATRIX).filter((route) => !served.includes(route));
    expect(missing.map((route) => `route ${route} has no expected row in the access matrix`)).toEqual([]);
    expect(stale.map((route) => `row ${route} matches no route`)).toEqual([]);
  });

  async function send(route: string, who: Principal, side: SideName) {
    const [method, path] = route.split(' ') as [string, string];
    const s = w[side];
    const call = CALLS[route]?.(s, w, side, who) ?? {};
    const request = t.http()[method.toLowerCase() as 'get'](urlOf(path, s, w, side, who));
    const username = w.users[who];
    if (username) {
      // Logging out ends the session: each cell signs in afresh.
      const token =
        route === 'POST /api/auth/logout' || route === 'POST /api/auth/logout-others'
          ? ((await t.http().post('/api/auth/login').send({ username, password: 'tiaojie-demo' })).body
              .accessToken as string)
          : await t.tokenOf(username);
      request.auth(token, { type: 'bearer' });
    }
    if (who === 'api_key') request.set('X-Api-Key', w.apiKey);
    if (call.query) request.query(call.query);
    if (call.headers) request.set(call.headers);
    if (call.file) {
      for (const [name, value] of Object.entries(call.body ?? {})) request.field(name, String(value));
      request.attach('file', SCAN, 'scan.png');
    } else if (call.body) request.send(call.body);
    const res = await request.buffer(true).parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => done(null, Buffer.concat(chunks)));
    });
    const raw = res.body as Buffer;
    const pdf = String(res.headers['content-type']).startsWith('application/pdf');
    const text = pdf ? pdfText(raw) : raw.toString('utf8');
    const code = text.startsWith('{') ? ((JSON.parse(text) as { code?: string }).code ?? '') : '';
    return { status: res.status, text, pdf, code };
  }

  /** What of the foreign record a cell must not show (all of it, unless SHOWN_BY_DESIGN says otherwise). */
  function foreignMarkers(route: string, who: Principal): string[] {
    const design = SHOWN_BY_DESIGN.find((d) => d.route === route && (d.who === who || d.who === 'anyone'));
    const kinds = (['identifiers', 'names', 'personal'] as const).filter(
      (kind) => !design?.shows.includes(kind),
    );
    return kinds.flatMap((kind) => w.foreign.markers[kind]);
  }

  /** The own case's data a caller must not read: printed documents carry the parties' details by law
   * (docs/domain.md §10.3) but never private notes; elsewhere only the case's mediators see ID numbers,
   * phones and notes, and the export of a person's own data shows that person's. */
  function ownPrivate(route: string, who: Principal, pdf: boolean): string[] {
    if (pdf) return [w.privateNotes];
    if (who === 'mediator') return [];
    return w.privateMarkers.filter((m) => !SUBJECT_ACCESS.has(route) || !w.subjectMarkers.includes(m));
  }

  it('links a new case only to a referral of its own committee not yet taken in', async () => {
    const register = async (referralId: string) =>
      t
        .http()
        .post('/api/cases')
        .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
        .send(caseBody(w.own.committeeId, { referralId }));
    // A foreign court's referral (a linked case's outcome would close it and tell that court), and the
    // own one, already taken in by its case.
    for (const referralId of [w.foreign.referralId, w.own.referralId]) {
      const res = await register(referralId);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(JSON.stringify(res.body)).not.toContain(w.foreign.externalRef);
    }
    const linked = await t.dataSource.query('SELECT id FROM cases WHERE referral_id = ANY($1)', [
      [w.foreign.referralId, w.own.referralId],
    ]);
    expect(linked).toHaveLength(2);
  });

  it('never answers 403 for a foreign record where the own one is allowed: the record outside scope is 404', () => {
    const leaks = Object.keys(MATRIX).flatMap((route) =>
      PRINCIPALS.filter((who) => {
        const cell = expectedRow(route)![who];
        return cell.foreign === 403 && cell.own !== 403;
      }).map((who) => `${route} ${who}`),
    );
    expect(leaks).toEqual([]);
  });

  it('answers every cell as written down and reveals no data to whom it must not', async () => {
    const figures: Figures = {
      checked: 0,
      allowed: 0,
      allowedWithSuccess: 0,
      denied: 0,
      revealing: 0,
      shownByDesign: 0,
    };
    const mismatches: string[] = [];
    const revealing: string[] = [];
    const detector = new Set<string>();
    const actual: Record<string, string[]> = {};
    for (const route of Object.keys(MATRIX)) {
      const row = MATRIX[route] ? expectedRow(route) : undefined;
      actual[route] = [];
      for (const who of PRINCIPALS) {
        const got: number[] = [];
        for (const side of ['own', 'foreign'] as const) {
          const res = await send(route, who, side);
          got.push(res.status);
          figures.checked++;
          if (DENIED.has(res.status)) figures.denied++;
          else figures.allowed++;
          if (res.status < 300) figures.allowedWithSuccess++;
          const expected = row?.[who][side];
          if (expected !== res.status) {
            mismatches.push(`${route} ${who} ${side}: expected ${expected}, got ${res.status} ${res.code}`);
          }
          const text = res.text;
          // Nothing of the foreign records in any answer; the own case's ID numbers, phones and private
          // notes read only by its mediators (docs/domain.md §10.6; the one registering a case gets back what
          // they typed, so only reads are checked for these).
          const forbidden = [
            ...foreignMarkers(route, who),
            ...(side === 'own' && route.startsWith('GET ') ? ownPrivate(route, who, res.pdf) : []),
          ];
          const leaked = forbidden.filter((marker) => text.includes(marker));
          // The detector reads what it checks: PDFs as text, the case team's answers in clear.
          if (side === 'own' && who === 'mediator' && text.includes(w.own.caseNumber)) {
            detector.add(res.pdf ? 'pdf' : 'json');
          }
          if (side === 'own' && who === 'mediator' && w.privateMarkers.every((m) => text.includes(m))) {
            detector.add('personal');
          }
          const all = Object.values(w.foreign.markers).flat();
          if (!leaked.length && all.some((marker) => text.includes(marker))) figures.shownByDesign++;
          if (leaked.length) {
            figures.revealing++;
            revealing.push(`${route} ${who} ${side} (${res.status}): ${leaked.join(', ')}`);
          }
        }
        actual[route].push(got[0] === got[1] ? `${got[0]}` : `${got[0]}/${got[1]}`);
      }
    }
    console.log(
      `access matrix: ${figures.checked} cells checked, ${figures.allowed} allowed ` +
        `(${figures.allowedWithSuccess} answered 2xx), ${figures.denied} denied, ${figures.revealing} revealing data ` +
        `(${figures.shownByDesign} foreign cells show record numbers or names by design)`,
    );
    await mkdir('tmp/test-results', { recursive: true });
    await writeFile(
      'tmp/test-results/access-matrix.json',
      `${JSON.stringify({ ...figures, routes: Object.keys(MATRIX).length, principals: PRINCIPALS, revealingCells: revealing, mismatches }, null, 2)}\n`,
    );
    if (process.env['ACCESS_MATRIX_RECORD']) {
      const width = Math.max(...Object.keys(actual).map((r) => r.length)) + 4;
      const lines = Object.entries(actual).map(
        ([route, cells]) =>
          `  ${`'${route}':`.padEnd(width)}'${cells
            .map((c) => c.padEnd(8))
            .join('')
            .trimEnd()}',`,
      );
      await writeFile('tmp/test-results/access-matrix-actual.txt', `${lines.join('\n')}\n`);
    }
    expect([...detector].sort()).toEqual(['json', 'pdf', 'personal']);
    expect(revealing).toEqual([]);
    expect(mismatches).toEqual([]);
  }, 900_000);
});
