import { effectiveAgreement } from './support/agreement-flow.js';
import { APPLICANT, caseBody, caseInMediation, mediatorId, RESPONDENT } from './support/factories.js';
import { acceptedReferral, referralBody } from './support/referral-flow.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SESSION_SUMMARY = '双方当面陈述,申请人患有慢性心脏病,同意由楼上业主维修';
const PRIVATE_NOTES = '被申请人私下表示最多愿意赔偿两千元';
const RISK_NOTE = '被申请人扬言要去申请人家中砸门';
const UNDISPUTED = '双方确认物业服务合同真实有效,欠费期间为二〇二四年一月至二〇二五年十二月';
const BREAK_GLASS = '当事人投诉调解员态度恶劣需核查';
/** The agreement's texts (support/agreement-flow.ts). */
const AGREEMENT_TEXTS = [
  '楼上漏水致楼下天花板受损。',
  '被申请人负全部责任。',
  '第一项银行转账;第二项当面履行。',
  '刘建平支付王秀英维修费3000元',
  '刘建平向王秀英赔礼道歉',
];

/** Every run of two or more Chinese characters of `text`, as its 2-character windows. */
function chineseFragments(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/[\u4e00-\u9fa5]{2,}/g) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/**
 * Issue 16: the audit trail says who did what to which record and which fields changed, with keyed
 * hashes of the values, never the content itself (api/src/modules/audit/audit-values.ts).
 */
describe('reading content through the audit trail (issue 16)', () => {
  let t: TestApp;
  const known: string[] = [];
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const mediator = await t.tokenOf('mediator.yang');
    // A case with facts, two parties (one with an agent), a session with notes, a risk, an effective
    // agreement, a referral with its summary and undisputed facts, and a break-glass read.
    const c = await caseInMediation(t);
    caseId = c.id;
    const yang = await mediatorId(t, '杨建国');
    await t
      .http()
      .post(`/api/cases/${c.id}/sessions`)
      .auth(mediator, { type: 'bearer' })
      .send({
        mode: 'back_to_back',
        startedAt: '2026-11-21T09:00:00+08:00',
        endedAt: '2026-11-21T11:30:00+08:00',
        place: '老杨调解中心调解室',
        partyIds: [c.parties[1]!.id],
        mediatorIds: [yang],
        summary: SESSION_SUMMARY,
        privateNotes: PRIVATE_NOTES,
      })
      .expect(201);
    await t
      .http()
      .post(`/api/cases/${c.id}/risk`)
      .auth(mediator, { type: 'bearer' })
      .send({ level: 'red', note: RISK_NOTE, reportedTo: '枫桥派出所值班民警张警官' })
      .expect(200);
    await t.http().get(`/api/cases/${c.id}`).auth(mediator, { type: 'bearer' }).expect(200);
    await t
      .http()
      .get(`/api/cases/${c.id}`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .set('X-Break-Glass-Reason', encodeURIComponent(BREAK_GLASS))
      .expect(200);
    await effectiveAgreement(t, c);
    const referral = referralBody();
    const referred = await acceptedReferral(t, { summary: referral.summary });
    await t
      .http()
      .put(`/api/cases/${referred.caseId}/undisputed-facts`)
      .auth(mediator, { type: 'bearer' })
      .send({ text: UNDISPUTED })
      .expect(204);

    const body = caseBody('x');
    for (const party of [APPLICANT, RESPONDENT]) {
      known.push(party.name, party.idNumber, party.phone, party.address, party.birthDate);
    }
    known.push(RESPONDENT.agent.name, RESPONDENT.agent.phone);
    known.push(body.title, body.facts, body.requests, body.location, body.disputeSubtype);
    known.push(SESSION_SUMMARY, PRIVATE_NOTES, RISK_NOTE, UNDISPUTED, BREAK_GLASS, referral.summary);
    known.push(...AGREEMENT_TEXTS, '枫桥派出所值班民警张警官');
  });
  afterAll(() => t.close());

  /** Every page of the trail the user may read. */
  async function wholeTrail(username: string): Promise<Record<string, unknown>[]> {
    const token = await t.tokenOf(username);
    const items: Record<string, unknown>[] = [];
    for (let page = 1; ; page++) {
      const res = await t
        .http()
        .get(`/api/audit?page=${page}&pageSize=200`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      items.push(...res.body.items);
      if (items.length >= res.body.total || res.body.items.length === 0) return items;
    }
  }

  it.each(['audit.admin', 'director.yang'])(
    'shows %s no name, number, address, birth date or text',
    async (username) => {
      const items = await wholeTrail(username);
      expect(items.length).toBeGreaterThan(20);
      // `actorName` is who acted (a member of staff), not content of a record.
      const text = JSON.stringify(items.map(({ actorName: _who, ...rest }) => rest));
      const found = known.filter((value) => text.includes(value));
      const fragments = [...new Set(known.flatMap(chineseFragments))].filter((f) => text.includes(f));
      console.log(
        `[audit oracle] ${username}: ${items.length} events, ${known.length} values and ` +
          `${new Set(known.flatMap(chineseFragments)).size} fragments searched; found ${found.length} values, ` +
          `${fragments.length} fragments`,
      );
      expect(found).toEqual([]);
      expect(fragments).toEqual([]);
    },
  );

  it('still says who changed which fields of which record, with keyed hashes of the values', async () => {
    const items = await wholeTrail('audit.admin');
    const created = items.find((e) => e.action === 'case.create' && e.entityId === caseId) as {
      entityId: string;
      actorName: string;
      fields: string[];
      after: Record<string, unknown>;
    };
    expect(created.actorName).toBe('杨建国');
    expect(created.fields).toEqual(expect.arrayContaining(['facts', 'parties', 'title', 'disputeType']));
    expect(created.after).toMatchObject({
      disputeType: 'neighbour',
      source: 'phone',
      facts: expect.stringMatching(/^hmac:[0-9a-f]{64}$/),
      title: expect.stringMatching(/^hmac:[0-9a-f]{64}$/),
    });
    const risk = items.find((e) => e.action === 'case.risk' && e.entityId === caseId) as {
      fields: string[];
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    };
    expect(risk.before).toEqual({ riskLevel: 'none' });
    expect(risk.after).toMatchObject({ level: 'red', note: expect.stringMatching(/^hmac:/) });
    expect(risk.fields).toEqual(expect.arrayContaining(['level', 'note']));
  });

  it('keeps the chain intact', async () => {
    const res = await t
      .http()
      .get('/api/audit/verify')
      .auth(await t.tokenOf('audit.admin'), { type: 'bearer' })
      .expect(200);
    expect(res.body).toMatchObject({ intact: true });
    expect(res.body.checked).toBeGreaterThan(40);
  });
});
