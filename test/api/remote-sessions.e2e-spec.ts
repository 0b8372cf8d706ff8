import { caseInMediation, mediatorId } from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('phone and video sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const session = async (caseId: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(`/api/cases/${caseId}/sessions`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({
        mode: 'face_to_face',
        startedAt: '2026-11-20T09:00:00+08:00',
        place: '微信视频',
        mediatorIds: [await mediatorId(t, '杨建国')],
        summary: '双方在线陈述意见',
        ...body,
      });
  const count = async (caseId: string) =>
    (
      await t.dataSource.query('SELECT count(*)::int AS n FROM mediation_sessions WHERE case_id = $1', [
        caseId,
      ])
    )[0].n as number;

  it('records a session in person by default', async () => {
    const c = await caseInMediation(t);
    const res = await session(c.id, { partyIds: c.parties.map((p) => p.id) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ medium: 'in_person', remoteConsent: null });
  });

  it('refuses a video session without the consent of every party present (422), records nothing', async () => {
    const c = await caseInMediation(t);
    const partyIds = c.parties.map((p) => p.id);
    const none = await session(c.id, { medium: 'video', partyIds });
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('REMOTE_CONSENT');
    expect(none.body.message).toContain('视频调解须经参加调解的当事人同意');
    const partial = await session(c.id, {
      medium: 'video',
      partyIds,
      remoteConsent: { partyIds: [partyIds[0]], method: 'oral', at: '2026-11-19T15:00:00+08:00' },
    });
    expect(partial.status).toBe(422);
    expect(partial.body.message).toContain('刘建平');
    expect(partial.body.message).not.toContain('王秀英');
    expect(await count(c.id)).toBe(0);
  });

  it('records a phone session with the consent and prints mode and consent on the record', async () => {
    const c = await caseInMediation(t);
    const partyIds = c.parties.map((p) => p.id);
    const res = await session(c.id, {
      medium: 'phone',
      partyIds,
      remoteConsent: { partyIds, method: 'recorded', at: '2026-11-19T15:00:00+08:00' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      medium: 'phone',
      remoteConsent: { partyIds, method: 'recorded', at: '2026-11-19T07:00:00.000Z' },
    });
    const pdf = await getBinary(
      t,
      `/api/sessions/${res.body.id}/record.pdf`,
      await t.tokenOf('mediator.yang'),
    );
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('调解形式:电话调解');
    expect(text).toContain(
      '远程调解同意:王秀英、刘建平于2026年11月19日15:00录音录像同意以电话调解方式进行调解',
    );
  });

  it('refuses an unknown medium with a Chinese message', async () => {
    const c = await caseInMediation(t);
    const res = await session(c.id, { medium: 'letter', partyIds: [] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'medium', message: '调解形式须为现场、电话或视频' }),
    ]);
  });
});
