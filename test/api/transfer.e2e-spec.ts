import { act, caseInMediation, createUser, orgId } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17: a transfer reached nobody (no case, no notification, 404 at the receiving committee).
 * Now the receiver gets a linked case in `registered`, with the facts and parties, its own number
 * and acceptance clock, and its directors are told.
 */
describe('transferring a case to another committee (issue 17)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('registers the dispute at the receiving committee, linked, and tells its director', async () => {
    const director = await createUser(t, 'director', '枫桥镇人民调解委员会');
    const c = await caseInMediation(t);
    const receiver = await orgId(t, '枫桥镇人民调解委员会');
    const res = await act(t, 'mediator.yang', c.id, 'transfer', {
      reason: '纠纷发生地在枫桥镇,宜由镇调委会调解',
      toOrganisationId: receiver,
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('transferred_out');
    const [received] = await t.dataSource.query<
      { id: string; case_number: string; status: string; organisation_id: string; title: string }[]
    >(
      'SELECT id, case_number, status, organisation_id, title FROM cases WHERE transferred_from_case_id = $1',
      [c.id],
    );
    expect(received).toMatchObject({
      status: 'registered',
      organisation_id: receiver,
      title: '楼上住户漏水纠纷',
    });
    expect(res.body.timeline[0].summary).toBe(
      `移送枫桥镇人民调解委员会(接收案号${received!.case_number}):纠纷发生地在枫桥镇,宜由镇调委会调解`,
    );

    // The receiving committee's director sees it with its parties, and was told of it.
    const token = await t.tokenOf(director);
    const inbox = await t.http().get('/api/notifications').auth(token, { type: 'bearer' }).expect(200);
    expect(inbox.body.items).toEqual([
      expect.objectContaining({
        kind: 'transfer',
        caseId: received!.id,
        title: `移送案件:${received!.case_number}`,
      }),
    ]);
    const detail = await t.http().get(`/api/cases/${received!.id}`).auth(token, { type: 'bearer' });
    expect(detail.status).toBe(200);
    expect(detail.body.parties.map((p: { name: string }) => p.name)).toEqual(['王秀英', '刘建平']);
    expect(detail.body.timeline[0].summary).toBe(
      `由老杨调解中心移送(原案号${c.caseNumber}):纠纷发生地在枫桥镇,宜由镇调委会调解`,
    );
    expect(detail.body.deadlines.map((d: { kind: string }) => d.kind)).toContain('acceptance');
    expect((await act(t, director, received!.id, 'accept')).status).toBe(200);
    // The transferring committee does not see the receiver's case.
    const yang = await t.tokenOf('director.yang');
    expect((await t.http().get(`/api/cases/${received!.id}`).auth(yang, { type: 'bearer' })).status).toBe(
      404,
    );
  });

  it('refuses a transfer to the same committee or to a body that does not mediate, and creates nothing', async () => {
    const c = await caseInMediation(t);
    for (const to of [await orgId(t, '老杨调解中心'), await orgId(t, '诸暨市人民法院')]) {
      const res = await act(t, 'mediator.yang', c.id, 'transfer', {
        reason: '试图移送',
        toOrganisationId: to,
      });
      expect(res.status).toBe(422);
    }
    const [row] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM cases WHERE transferred_from_case_id = $1',
      [c.id],
    );
    expect(row!.n).toBe(0);
  });
});
