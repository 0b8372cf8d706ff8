import { apiRoutes } from './support/routes.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The only routes that answer without a session. */
const PUBLIC = new Set([
  'POST /api/auth/login',
  'GET /api/health',
  // Anyone holding an agreement (a court, a bank) may check it is genuine.
  'POST /api/documents/verify',
  'GET /api/verify/:code',
  // The parties' door: an online application and the 一案一码 tracking (rate-limited per address).
  'POST /api/public/applications',
  'GET /api/public/track/:code',
  // The party's one-time link and SMS code open the party's session.
  'POST /api/party/otp',
  'POST /api/party/session',
]);
/** Routes for a party's session (PartyGuard): no session is 401 too, with the party's own code. */
const PARTY = new Set(['GET /api/party/case', 'POST /api/party/evaluations']);

describe('every route is guarded unless marked public', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('finds the routes of every module', () => {
    const routes = apiRoutes(t).map((r) => `${r.method} ${r.path}`);
    expect(routes).toEqual(expect.arrayContaining([...PUBLIC, 'GET /api/me', 'GET /api/audit/verify']));
  });

  it('answers 401 without a session on every non-public route', async () => {
    const routes = apiRoutes(t).filter((r) => !PUBLIC.has(`${r.method} ${r.path}`));
    expect(routes.length).toBeGreaterThan(5);
    for (const { method, path } of routes) {
      const url = path.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.http()[method.toLowerCase() as 'get'](url).send({});
      expect({ route: `${method} ${path}`, status: res.status, code: res.body.code }).toEqual({
        route: `${method} ${path}`,
        status: 401,
        code: PARTY.has(`${method} ${path}`) ? 'PARTY_SESSION_REQUIRED' : 'UNAUTHENTICATED',
      });
    }
  });
});
