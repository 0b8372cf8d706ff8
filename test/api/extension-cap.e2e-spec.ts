import { act, caseInMediation } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17: a court-dispatched case accepted five extensions of 90 days (due 15 months out): no cap,
 * no court consent. The cap is a rule (deadline_rules.max_extension_days: 30 days for court-referred
 * mediation); beyond it the court's consent is recorded.
 */
describe('extending a court-referred case (issue 17)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const extend = (id: string, partyIds: string[], days: number, extra: object = {}) =>
    act(t, 'mediator.yang', id, 'extend', { days, consentPartyIds: partyIds, ...extra });

  it('lets the parties extend up to the cap, and the court beyond it', async () => {
    const c = await caseInMediation(t, { source: 'court_dispatch' });
    const parties = c.parties.map((p) => p.id);
    expect((await extend(c.id, parties, 20)).status).toBe(200);
    const over = await extend(c.id, parties, 20);
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('EXTENSION_CAP');
    expect(over.body.message).toContain('最多延长 30 天(已延长 20 天)');
    expect((await extend(c.id, parties, 10)).status).toBe(200);
    const badConsent = await extend(c.id, parties, 15, { courtConsent: { by: ' ', at: '2026-12-03' } });
    expect(badConsent.status).toBe(400);
    const consented = await extend(c.id, parties, 15, {
      courtConsent: { by: '诸暨市人民法院立案庭 李敏', at: '2026-12-03' },
    });
    expect(consented.status).toBe(200);
    expect(consented.body.timeline[0].summary).toBe(
      '经全部当事人同意,经诸暨市人民法院立案庭 李敏于2026-12-03同意,调解期限延长 15 天',
    );
  });

  it('puts no cap on an ordinary case: the parties’ consent is enough', async () => {
    const c = await caseInMediation(t);
    const parties = c.parties.map((p) => p.id);
    for (let i = 0; i < 3; i++) expect((await extend(c.id, parties, 90)).status).toBe(200);
  });
});
