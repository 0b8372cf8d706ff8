import { act, APPLICANT, RESPONDENT } from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { effectiveAgreement } from './support/agreement-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('performance, return visits and judicial confirmation', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const detail = async (caseId: string) =>
    (await t.http().get(`/api/cases/${caseId}`).auth(token, { type: 'bearer' }).expect(200)).body;

  it('follows the agreement to performance, a return visit and closing', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    const perform = (termIndex: number, body: object = {}) =>
      t
        .http()
        .post(`/api/agreements/${agreementId}/performance`)
        .auth(token, { type: 'bearer' })
        .send({ termIndex, performedAt: '2026-11-21T10:00:00+08:00', ...body });
    expect((await perform(0, { amount: '3000.00', proof: '银行转账回单' }).expect(201)).body).toEqual({
      caseStatus: 'performing',
      outstanding: [1],
    });
    const first = await detail(c.id);
    expect(first.status).toBe('performing');
    expect(first.deadlines.find((k: { label: string }) => k.label === '第1项履行期限').light).toBe('done');
    expect(first.timeline[0].summary).toBe('第1项已履行,金额 3000.00 元,凭证:银行转账回单');
    await perform(5).expect(422);
    expect((await perform(1).expect(201)).body).toEqual({ caseStatus: 'performed', outstanding: [] });
    // Closing needs a return visit first.
    const early = await act(t, 'director.yang', c.id, 'close');
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'RETURN_VISIT_MISSING', message: '结案前须完成回访' });
    await t
      .http()
      .post(`/api/cases/${c.id}/return-visits`)
      .auth(token, { type: 'bearer' })
      .send({
        visitedAt: '2026-11-28T15:00:00+08:00',
        partyId: c.parties[0]!.id,
        performance: 'performed',
        satisfaction: 5,
        note: '维修费已收到,对调解满意',
      })
      .expect(201);
    const visited = await detail(c.id);
    expect(visited.deadlines.find((k: { kind: string }) => k.kind === 'return_visit').light).toBe('done');
    expect(visited.timeline[0].summary).toBe('回访王秀英:已履行,满意度 5/5。维修费已收到,对调解满意');
    expect((await act(t, 'director.yang', c.id, 'close')).body.status).toBe('closed');
  });

  it('refuses bad return visits and bad performance records', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    const bad = await t
      .http()
      .post(`/api/cases/${c.id}/return-visits`)
      .auth(token, { type: 'bearer' })
      .send({
        visitedAt: 'yesterday',
        partyId: c.parties[0]!.id,
        performance: 'maybe',
        satisfaction: 9,
        note: '',
      })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'note',
      'performance',
      'satisfaction',
      'visitedAt',
    ]);
    await t
      .http()
      .post(`/api/agreements/${agreementId}/performance`)
      .auth(token, { type: 'bearer' })
      .send({ termIndex: -1, performedAt: '2026-11-21T10:00:00+08:00', amount: '-5' })
      .expect(400);
  });

  it('records the application for judicial confirmation within 30 days and the ruling, and locks after the window', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const apply = (appliedAt: string) =>
      t
        .http()
        .post(`/api/agreements/${agreementId}/judicial-confirmation`)
        .auth(token, { type: 'bearer' })
        .send({ court: '诸暨市人民法院', appliedAt });
    await apply('2000-01-01').expect(422);
    const applied = await apply(today).expect(201);
    expect(applied.body).toMatchObject({ status: 'applied', court: '诸暨市人民法院' });
    expect((await apply(today).expect(409)).body.code).toBe('CONFIRMATION_EXISTS');
    await t
      .http()
      .patch(`/api/judicial-confirmations/${applied.body.id}`)
      .auth(token, { type: 'bearer' })
      .send({ status: 'accepted' })
      .expect(200);
    const ruled = await t
      .http()
      .patch(`/api/judicial-confirmations/${applied.body.id}`)
      .auth(token, { type: 'bearer' })
      .send({ status: 'confirmed', rulingNumber: '(2026)浙0681民特123号', rulingDate: today })
      .expect(200);
    expect(ruled.body).toMatchObject({ status: 'confirmed', rulingNumber: '(2026)浙0681民特123号' });
    expect((await detail(c.id)).timeline[0].summary).toBe('司法确认:法院裁定确认有效((2026)浙0681民特123号)');

    const late = await effectiveAgreement(t);
    await t.dataSource.query(
      `UPDATE clocks SET due_at = now() - interval '1 minute' WHERE agreement_id = $1 AND kind = 'judicial_confirmation'`,
      [late.agreementId],
    );
    const closed = await t
      .http()
      .post(`/api/agreements/${late.agreementId}/judicial-confirmation`)
      .auth(token, { type: 'bearer' })
      .send({ court: '诸暨市人民法院', appliedAt: today })
      .expect(422);
    expect(closed.body.code).toBe('CONFIRMATION_WINDOW_CLOSED');
    expect(closed.body.message).toContain('第三十三条');
  });

  it('records urging (督促) of an open term and shows all follow-up on the case', async () => {
    const { c, agreementId } = await effectiveAgreement(t);
    const urge = (body: object) =>
      t.http().post(`/api/agreements/${agreementId}/urgings`).auth(token, { type: 'bearer' }).send(body);
    const urgedAt = '2026-11-25T09:30:00+08:00';
    const bad = await urge({ urgedAt: 'soon', method: 'pigeon', note: '' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'method',
      'note',
      'urgedAt',
    ]);
    expect(
      (await urge({ termIndex: 7, urgedAt, method: 'phone', note: '电话提醒' }).expect(422)).body.code,
    ).toBe('TERM_NOT_FOUND');
    await urge({
      termIndex: 0,
      urgedAt,
      method: 'phone',
      note: '电话提醒刘建平月底前付款，其表示同意',
    }).expect(201);
    await t
      .http()
      .post(`/api/agreements/${agreementId}/performance`)
      .auth(token, { type: 'bearer' })
      .send({ termIndex: 0, performedAt: '2026-11-28T10:00:00+08:00', amount: '3000.00', proof: '转账回单' })
      .expect(201);
    const done = await urge({ termIndex: 0, urgedAt, method: 'visit', note: '上门' }).expect(409);
    expect(done.body).toMatchObject({ code: 'TERM_PERFORMED', message: '第1项已履行，无需督促' });
    // Somebody else's committee: the agreement does not exist for them, and nothing is written.
    const foreign = await t.tokenOf('mediator.zhou');
    await t
      .http()
      .post(`/api/agreements/${agreementId}/urgings`)
      .auth(foreign, { type: 'bearer' })
      .send({ termIndex: 1, urgedAt, method: 'letter', note: '书面督促' })
      .expect(404);

    const { followUp, timeline } = await detail(c.id);
    expect(followUp.urgings).toEqual([
      expect.objectContaining({
        agreementId,
        termIndex: 0,
        method: 'phone',
        note: '电话提醒刘建平月底前付款，其表示同意',
      }),
    ]);
    expect(followUp.performances).toEqual([
      expect.objectContaining({ agreementId, termIndex: 0, amount: '3000.00', proof: '转账回单' }),
    ]);
    expect(followUp).toMatchObject({ returnVisits: [], judicialConfirmations: [], volume: null });
    expect(timeline.map((e: { summary: string }) => e.summary)).toContain(
      '电话督促履行第1项：电话提醒刘建平月底前付款，其表示同意',
    );
  });

  it('prints the judicial-confirmation pack: application, service addresses with phones, the signed agreement', async () => {
    const { agreementId } = await effectiveAgreement(t);
    const pack = await getBinary(
      t,
      `/api/agreements/${agreementId}/judicial-confirmation.pdf?court=诸暨市人民法院`,
      token,
    ).expect(200);
    expect(pack.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pack.body as Buffer);
    for (const expected of [
      '司法确认申请书',
      '请求诸暨市人民法院依法确认',
      '刘建平支付王秀英维修费3000元',
      '没有恶意串通、规避法律的行为',
      '送达地址确认书',
      APPLICANT.address.replace(/\s+/g, ''),
      APPLICANT.phone,
      RESPONDENT.phone,
      '人民调解协议书',
      '叁仟元',
    ])
      expect(text).toContain(expected);
    // Without a court named yet: a blank to fill in by hand.
    const blank = pdfText(
      (await getBinary(t, `/api/agreements/${agreementId}/judicial-confirmation.pdf`, token).expect(200))
        .body as Buffer,
    );
    expect(blank).toContain('＿＿＿＿＿＿人民法院');
    // Outside the case team and the committee: not there.
    expect(
      (
        await getBinary(
          t,
          `/api/agreements/${agreementId}/judicial-confirmation.pdf`,
          await t.tokenOf('mediator.zhou'),
        )
      ).status,
    ).toBe(404);
  });
});
