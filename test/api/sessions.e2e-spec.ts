import { caseInMediation, mediatorId, registerCase, type CaseRef } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('recording mediation sessions', () => {
  let t: TestApp;
  let c: CaseRef;
  let token: string;
  let yang: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t);
    token = await t.tokenOf('mediator.yang');
    yang = await mediatorId(t, '杨建国');
  });
  afterAll(() => t.close());

  const record = (body: Record<string, unknown>, caseId = c.id) =>
    t
      .http()
      .post(`/api/cases/${caseId}/sessions`)
      .auth(token, { type: 'bearer' })
      .send({
        mode: 'face_to_face',
        startedAt: '2026-11-21T09:00:00+08:00',
        endedAt: '2026-11-21T11:30:00+08:00',
        place: '老杨调解中心调解室',
        partyIds: c.parties.map((p) => p.id),
        mediatorIds: [yang],
        summary: '双方当面陈述,同意由楼上业主维修',
        ...body,
      });

  it('records a face-to-face session with an invited village cadre and puts it on the timeline', async () => {
    const res = await record({
      participants: [{ name: '李书记', relation: '村党支部书记', consent: true }],
    }).expect(201);
    expect(res.body).toMatchObject({
      mode: 'face_to_face',
      hasPrivateNotes: false,
      participants: [{ name: '李书记' }],
    });
    const detail = await t.http().get(`/api/cases/${c.id}`).auth(token, { type: 'bearer' }).expect(200);
    expect(detail.body.timeline[0]).toMatchObject({ kind: 'session' });
    expect(detail.body.timeline[0].summary).toContain('面对面调解(王秀英、刘建平)');
  });

  it('takes exactly one party back-to-back and every party face-to-face', async () => {
    const two = await record({ mode: 'back_to_back' }).expect(422);
    expect(two.body.message).toBe('背靠背调解须且只能选择一方当事人');
    const one = await record({ partyIds: [c.parties[0]!.id] }).expect(422);
    expect(one.body.message).toBe('面对面调解须全部当事人到场');
    const withNotes = await record({
      mode: 'back_to_back',
      partyIds: [c.parties[1]!.id],
      privateNotes: '被申请人愿意承担维修费用',
    }).expect(201);
    // The audit trail records that notes were written, never what they say.
    const [audit] = await t.dataSource.query(`SELECT after, fields FROM audit_events WHERE entity_id = $1`, [
      withNotes.body.id,
    ]);
    expect(audit.fields).toContain('privateNotes');
    expect(audit.after.privateNotes).toMatch(/^hmac:[0-9a-f]{64}$/);
    expect(JSON.stringify(audit)).not.toContain('维修费用');
    await record({ mode: 'site_visit', partyIds: [], summary: '现场查看漏水点' }).expect(201);
  });

  it('refuses participants the parties did not agree to, parties and mediators foreign to the case, and a backwards time', async () => {
    const consent = await record({
      participants: [{ name: '张律师', relation: '朋友', consent: false }],
    }).expect(422);
    expect(consent.body.code).toBe('PARTICIPANT_CONSENT');
    expect(consent.body.message).toContain('第二十条');
    const other = await registerCase(t);
    await record({ partyIds: [other.parties[0]!.id] }).expect(422);
    const zhou = await mediatorId(t, '周志明');
    expect((await record({ mediatorIds: [zhou] }).expect(422)).body.code).toBe('SESSION_MEDIATORS');
    await record({ endedAt: '2026-11-21T08:00:00+08:00' }).expect(422);
    expect((await record({ mode: 'debate' }).expect(400)).body.details[0].field).toBe('mode');
  });

  it('records sessions only while the case is in mediation', async () => {
    const registered = await registerCase(t);
    const res = await record({ partyIds: registered.parties.map((p) => p.id) }, registered.id).expect(409);
    expect(res.body).toMatchObject({ code: 'CASE_NOT_IN_MEDIATION' });
    expect(res.body.message).toContain('登记');
  });
});
