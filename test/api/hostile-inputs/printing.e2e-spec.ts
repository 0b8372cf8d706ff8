import { draftAgreement } from '../support/agreement-flow.js';
import { caseInMediation, type CaseRef } from '../support/factories.js';
import { allClientErrors, hostileApp, type HostileApp, underAttack, expectResponsive } from './harness.js';

/**
 * The round's new printed texts and parameters under attack: the unresolved matters and routes of
 * a partial agreement at and past their limits as unbroken text, hostile print purposes, and
 * oversized or key-flooded corrections. Refusals are 4xx; what fits renders; health stays up.
 */
describe('hostile inputs: printed texts, print purposes, corrections', () => {
  let app: HostileApp;
  let token: string;
  let c: CaseRef;
  beforeAll(async () => {
    app = await hostileApp();
    token = await app.tokenOf('mediator.yang');
    c = await caseInMediation(app);
  });
  afterAll(() => app.close());

  const send = (method: 'get' | 'post' | 'patch', path: string, body?: unknown) => {
    const req = app.http()[method](path).auth(token, { type: 'bearer' });
    return body === undefined ? req : req.set('Content-Type', 'application/json').send(body as object);
  };

  it('renders a partial agreement whose unresolved matters and routes are as long as allowed, unbroken', async () => {
    const agreementId = await draftAgreement(app, c);
    const [row] = await app.dataSource.query<{ version: number }[]>(
      'SELECT version FROM agreements WHERE id = $1',
      [agreementId],
    );
    const figures = await underAttack(
      app,
      'partial agreement: 5,000 + 2,000 unbroken characters',
      async () => {
        const statuses: number[] = [];
        const update = await send('patch', `/api/agreements/${agreementId}`, {
          version: row!.version,
          unresolvedMatters: '赔'.repeat(5_000),
          routesInformed: 'W'.repeat(2_000),
        });
        statuses.push(update.status);
        for (let i = 0; i < 3; i++)
          statuses.push((await send('get', `/api/agreements/${agreementId}/pdf`)).status);
        return statuses;
      },
    );
    expect(figures.statuses).toEqual({ 200: 4 });
    expectResponsive(figures);
  });

  it('refuses texts past their limits and hostile purposes with 4xx', async () => {
    const agreementId = await draftAgreement(app, await caseInMediation(app));
    const figures = await underAttack(app, 'printing: oversized texts and hostile purposes', async () => {
      const statuses: number[] = [];
      statuses.push(
        (
          await send('patch', `/api/agreements/${agreementId}`, {
            version: 1,
            unresolvedMatters: 'x'.repeat(5_001),
            routesInformed: 'y',
          })
        ).status,
      );
      for (const purpose of ['x'.repeat(20_000), '%00', '<script>', '../../etc/passwd', 'case_work%20'])
        statuses.push(
          (await send('get', `/api/cases/${c.id}/documents/application.pdf?purpose=${purpose}`)).status,
        );
      const many = Array.from({ length: 1_000 }, () => 'purpose=service').join('&');
      statuses.push((await send('get', `/api/cases/${c.id}/documents/application.pdf?${many}`)).status);
      statuses.push(
        (await send('get', `/api/stats/report?period=2026-11&format=xlsx&purpose[a]=report`)).status,
      );
      return statuses;
    });
    expect(allClientErrors(figures)).toBe(true);
    expectResponsive(figures);
  });

  it('refuses key-flooded corrections and changes nothing (size limits: bodies.e2e-spec)', async () => {
    const party = c.parties[0]!.id;
    const figures = await underAttack(app, 'corrections: 100,000 keys, 10,000-item array', async () => [
      (
        await send(
          'patch',
          `/api/cases/${c.id}/parties/${party}`,
          Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])),
        )
      ).status,
      (
        await send('post', `/api/cases/${c.id}/parties`, {
          version: 1,
          reason: 'x',
          agent: Array(10_000).fill('a'),
        })
      ).status,
    ]);
    expect(allClientErrors(figures)).toBe(true);
    expectResponsive(figures);
    const [row] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'case.correct'`,
      [c.id],
    );
    expect(row!.n).toBe(0);
  });
});
