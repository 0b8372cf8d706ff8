import { CASE_ACTIONS } from '../../api/src/modules/cases/case-status.js';
import { act, caseInMediation, mediatorId, registerCase, RIGHTS_NOTICE } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const BODIES: Record<string, Record<string, unknown>> = {
  reject: { reason: '不属于人民调解范围' },
  pause: { reason: '等待伤情鉴定' },
  extend: { days: 10, consentPartyIds: ['00000000-0000-4000-8000-000000000000'] },
  terminate: { reason: '双方分歧过大', routesInformed: '已告知可向人民法院起诉' },
  transfer: { reason: '跨村纠纷', toOrganisationId: '00000000-0000-4000-8000-000000000000' },
  assign: { presidingMediatorId: '00000000-0000-4000-8000-000000000000', chosenBy: 'committee' },
};

describe('case transitions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const statusOf = async (id: string) =>
    (await t.dataSource.query('SELECT status FROM cases WHERE id = $1', [id]))[0].status as string;

  /** Every action not allowed in the case's status answers 409 and changes nothing. */
  async function expectOnlyAllowed(id: string, allowed: string[]): Promise<void> {
    const before = await t.dataSource.query('SELECT status, version FROM cases WHERE id = $1', [id]);
    for (const action of CASE_ACTIONS.filter((a) => !allowed.includes(a))) {
      const res = await act(t, 'director.yang', id, action, BODIES[action]);
      expect({ action, status: res.status, code: res.body.code }).toEqual({
        action,
        status: 409,
        code: 'ILLEGAL_TRANSITION',
      });
      expect(res.body.details[0].allowed).toEqual(allowed);
    }
    expect(await t.dataSource.query('SELECT status, version FROM cases WHERE id = $1', [id])).toEqual(before);
  }

  it('walks a failed mediation from registration to the archive, refusing every illegal step on the way', async () => {
    const c = await registerCase(t);
    await expectOnlyAllowed(c.id, ['accept', 'reject', 'transfer']);
    expect((await act(t, 'mediator.yang', c.id, 'accept')).status).toBe(200);
    await expectOnlyAllowed(c.id, ['assign', 'terminate', 'transfer']);
    const assigned = await act(t, 'director.yang', c.id, 'assign', {
      presidingMediatorId: await mediatorId(t, '杨建国'),
      chosenBy: 'parties',
    });
    expect(assigned.body).toMatchObject({ status: 'in_mediation', chosenBy: 'parties' });
    expect(assigned.body.mediators).toEqual([expect.objectContaining({ name: '杨建国', role: 'presiding' })]);
    await expectOnlyAllowed(c.id, ['assign', 'pause', 'extend', 'terminate', 'transfer']);
    expect((await act(t, 'mediator.yang', c.id, 'pause', { reason: '等待房屋鉴定' })).body.status).toBe(
      'paused',
    );
    await expectOnlyAllowed(c.id, ['resume', 'extend', 'terminate', 'transfer']);
    expect((await act(t, 'mediator.yang', c.id, 'resume')).body.status).toBe('in_mediation');
    // The volume bound at archiving needs a session record.
    await t
      .http()
      .post(`/api/cases/${c.id}/sessions`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({
        mode: 'site_visit',
        startedAt: '2026-11-20T09:00:00+08:00',
        place: '枫源村 12 号',
        partyIds: [],
        mediatorIds: [await mediatorId(t, '杨建国')],
        summary: '现场查看',
      })
      .expect(201);
    const terminated = await act(t, 'mediator.yang', c.id, 'terminate', {
      reason: '被申请人拒不到场',
      routesInformed: '已告知申请人可向诸暨市人民法院起诉',
    });
    expect(terminated.body).toMatchObject({
      status: 'terminated',
      routesInformed: '已告知申请人可向诸暨市人民法院起诉',
    });
    await expectOnlyAllowed(c.id, ['close']);
    // Closing is the director's (docs/domain.md §8).
    expect((await act(t, 'mediator.yang', c.id, 'close')).status).toBe(403);
    expect((await act(t, 'director.yang', c.id, 'close')).body.status).toBe('closed');
    await expectOnlyAllowed(c.id, ['archive']);
    expect((await act(t, 'director.yang', c.id, 'archive')).body.status).toBe('archived');
    await expectOnlyAllowed(c.id, []);
    const timeline = (
      await t
        .http()
        .get(`/api/cases/${c.id}`)
        .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
    ).body.timeline.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual([
      'archive',
      'close',
      'terminate',
      'session',
      'resume',
      'pause',
      'assign',
      'accept',
      'consent', // the rights notice, delivered with the acceptance
      'registered',
    ]);
  });

  it('refuses terminating without the routes the parties were told of (Art 26)', async () => {
    const c = await caseInMediation(t);
    const res = await act(t, 'mediator.yang', c.id, 'terminate', { reason: '调解不成' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'routesInformed' })]);
    expect(await statusOf(c.id)).toBe('in_mediation');
  });

  it('refuses to accept a case a party clearly refused (Art 17)', async () => {
    const c = await registerCase(t);
    const token = await t.tokenOf('mediator.yang');
    await t
      .http()
      .post(`/api/cases/${c.id}/refusals`)
      .auth(token, { type: 'bearer' })
      .send({ partyId: c.parties[1]!.id, note: '被申请人表示不同意调解' })
      .expect(200);
    const res = await act(t, 'mediator.yang', c.id, 'accept');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'PARTY_REFUSED' });
    expect(res.body.message).toContain('刘建平');
    expect((await act(t, 'mediator.yang', c.id, 'reject', { reason: '一方拒绝调解' })).body.status).toBe(
      'not_accepted',
    );
  });

  it('extends only with every party’s consent', async () => {
    const c = await caseInMediation(t);
    const partial = await act(t, 'mediator.yang', c.id, 'extend', {
      days: 15,
      consentPartyIds: [c.parties[0]!.id],
    });
    expect(partial.status).toBe(422);
    expect(partial.body).toMatchObject({ code: 'CONSENT_MISSING' });
    expect(partial.body.message).toContain('刘建平');
    const all = await act(t, 'mediator.yang', c.id, 'extend', {
      days: 15,
      consentPartyIds: c.parties.map((p) => p.id),
      reason: '双方同意继续调解',
    });
    expect(all.status).toBe(200);
    expect(all.body.timeline[0].summary).toContain('延长 15 天');
  });

  it('blocks a mediator with a recusal request or a declared conflict from the case (422 MEDIATOR_CONFLICT)', async () => {
    const c = await registerCase(t);
    await act(t, 'mediator.yang', c.id, 'accept');
    const token = await t.tokenOf('mediator.yang');
    const zhao = await mediatorId(t, '赵丽华');
    await t
      .http()
      .post(`/api/cases/${c.id}/conflicts`)
      .auth(token, { type: 'bearer' })
      .send({
        mediatorId: zhao,
        kind: 'recusal',
        partyId: c.parties[1]!.id,
        reason: '被申请人认为调解员与申请人是同事',
      })
      .expect(200);
    const presiding = await act(t, 'director.yang', c.id, 'assign', {
      presidingMediatorId: zhao,
      chosenBy: 'committee',
    });
    expect(presiding.status).toBe(422);
    expect(presiding.body.code).toBe('MEDIATOR_CONFLICT');
    expect(presiding.body.message).toContain('赵丽华');
    const yang = await mediatorId(t, '杨建国');
    const asCo = await act(t, 'director.yang', c.id, 'assign', {
      presidingMediatorId: yang,
      mediatorIds: [zhao],
      chosenBy: 'committee',
    });
    expect(asCo.status).toBe(422);
    expect(
      (await act(t, 'director.yang', c.id, 'assign', { presidingMediatorId: yang, chosenBy: 'committee' }))
        .status,
    ).toBe(200);
  });

  it('refuses a mediator from another committee or a mediator not on the roster', async () => {
    const c = await registerCase(t);
    await act(t, 'mediator.yang', c.id, 'accept');
    const zhou = await mediatorId(t, '周志明');
    const res = await act(t, 'director.yang', c.id, 'assign', {
      presidingMediatorId: zhou,
      chosenBy: 'committee',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('MEDIATOR_UNAVAILABLE');
  });

  it('answers a stale version with 409 and keeps the first change (no lost update)', async () => {
    const c = await registerCase(t);
    const token = await t.tokenOf('mediator.yang');
    const director = await t.tokenOf('director.yang');
    const [a, b] = await Promise.all([
      t
        .http()
        .post(`/api/cases/${c.id}/accept`)
        .auth(token, { type: 'bearer' })
        .send({ version: c.version, rightsNotice: RIGHTS_NOTICE }),
      t
        .http()
        .post(`/api/cases/${c.id}/reject`)
        .auth(director, { type: 'bearer' })
        .send({ version: c.version, reason: '不属于受理范围' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(['VERSION_CONFLICT', 'ILLEGAL_TRANSITION']).toContain(loser.body.code);
    const stale = await t
      .http()
      .post(`/api/cases/${c.id}/transfer`)
      .auth(token, { type: 'bearer' })
      .send({ version: c.version, reason: 'x', toOrganisationId: c.id });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
  });

  it('lets only the case team and the director change a case', async () => {
    const c = await registerCase(t);
    expect((await act(t, 'sfs.wang', c.id, 'accept')).status).toBe(403);
    expect((await act(t, 'mediator.zhao', c.id, 'accept')).status).toBe(404);
    expect((await act(t, 'court.li', c.id, 'accept')).status).toBe(403); // liaisons change no case (route policy)
    expect((await act(t, 'director.yang', c.id, 'accept')).status).toBe(200);
  });
});
