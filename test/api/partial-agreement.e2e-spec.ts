import { effectiveAgreement } from './support/agreement-flow.js';
import { caseInMediation } from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17, field story 2: the funeral costs are agreed (预付), the labour question is not and is
 * terminated with the routes explained. An agreement and a termination could not coexist; now an
 * agreement carries the unresolved matters and the routes told, and prints them.
 */
describe('an agreement on part of a dispute, the rest terminated (issue 17, story 2)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const draft = (caseId: string, respondent: string, applicant: string, extra: object) =>
    t
      .http()
      .post(`/api/cases/${caseId}/agreements`)
      .auth(token, { type: 'bearer' })
      .send({
        form: 'written',
        facts: '工人在工地坠落身亡,家属与包工头就丧葬费和工伤赔偿发生争议。',
        responsibility: '包工头对施工安全负有责任。',
        performance: '协议签订当日现金支付。',
        terms: [
          {
            obligorPartyId: respondent,
            obligeePartyId: applicant,
            kind: 'pay',
            amount: '30000.00',
            dueDate: '2099-12-31',
            text: '包工头预付丧葬费30000元',
          },
        ],
        ...extra,
      });

  it('records and prints the unresolved matters with the routes told', async () => {
    const c = await caseInMediation(t, { disputeType: 'labour' });
    const [applicant, respondent] = c.parties.map((p) => p.id) as [string, string];
    const res = await draft(c.id, respondent, applicant, {
      unresolvedMatters: '工伤认定及一次性工亡补助金等赔偿事项,双方分歧较大,未达成协议。',
      routesInformed: '已告知当事人可申请工伤认定、向劳动人事争议仲裁委员会申请仲裁',
    }).expect(201);
    expect(res.body).toMatchObject({
      unresolvedMatters: '工伤认定及一次性工亡补助金等赔偿事项,双方分歧较大,未达成协议。',
      routesInformed: '已告知当事人可申请工伤认定、向劳动人事争议仲裁委员会申请仲裁',
    });
    const pdf = await getBinary(t, `/api/agreements/${res.body.id}/pdf`, token).expect(200);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('未达成协议的事项');
    expect(text).toContain('工伤认定及一次性工亡补助金等赔偿事项');
    expect(text).toContain('人民调解委员会终止调解,并已告知当事人:已告知当事人可申请工伤认定');
  });

  it('refuses unresolved matters without the routes told (Art 26), and prints nothing of it otherwise', async () => {
    const c = await caseInMediation(t);
    const [applicant, respondent] = c.parties.map((p) => p.id) as [string, string];
    const bare = await draft(c.id, respondent, applicant, { unresolvedMatters: '赔偿问题未谈拢' });
    expect(bare.status).toBe(400);
    expect(bare.body.details[0].field).toBe('routesInformed');
    const plain = await draft(c.id, respondent, applicant, {}).expect(201);
    expect(plain.body).toMatchObject({ unresolvedMatters: null, routesInformed: null });
    const pdf = await getBinary(t, `/api/agreements/${plain.body.id}/pdf`, token).expect(200);
    expect(pdfText(pdf.body as Buffer)).not.toContain('未达成协议的事项');
    // A draft may add them later, again only with the routes.
    const update = (body: object) =>
      t.http().patch(`/api/agreements/${plain.body.id}`).auth(token, { type: 'bearer' }).send(body);
    expect((await update({ version: plain.body.version, unresolvedMatters: '赔偿问题未谈拢' })).status).toBe(
      400,
    );
    const ok = await update({
      version: plain.body.version,
      unresolvedMatters: '赔偿问题未谈拢',
      routesInformed: '已告知可向人民法院起诉',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.routesInformed).toBe('已告知可向人民法院起诉');
  });

  it('prints the termination notice of the unresolved matters once the agreement is effective', async () => {
    const c = await caseInMediation(t, { disputeType: 'labour' });
    const notice = () => getBinary(t, `/api/cases/${c.id}/documents/termination.pdf`, token);
    // Before the agreement takes effect nothing is terminated.
    expect((await notice()).status).toBe(409);
    await effectiveAgreement(t, c, {
      unresolvedMatters: '劳动关系是否成立及工亡赔偿事项,双方未达成协议。',
      routesInformed: '已告知当事人可向劳动人事争议仲裁委员会申请仲裁,或向人民法院起诉',
    });
    const text = pdfText((await notice().expect(200)).body as Buffer);
    expect(text).toContain('终止调解告知书');
    expect(text).toContain('已就部分事项达成调解协议');
    expect(text).toContain('劳动关系是否成立及工亡赔偿事项');
    expect(text).toContain('已告知当事人可向劳动人事争议仲裁委员会申请仲裁');
  });
});
