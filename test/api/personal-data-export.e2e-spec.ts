import { effectiveAgreement } from './support/agreement-flow.js';
import {
  APPLICANT,
  caseInMediation,
  createUser,
  mediatorId,
  orgId,
  registerCase,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** 个人信息查阅复制: a director exports everything held about one person (PIPL Arts 44–45). */
describe('personal data export of a party', () => {
  let t: TestApp;
  let applicantId: string;
  let respondentId: string;
  let caseNumbers: string[];
  let otherCommitteeCase: string;
  let otherDirector: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { c } = await effectiveAgreement(t);
    applicantId = c.parties[0]!.id;
    respondentId = c.parties[1]!.id;
    // The same person (same ID number) in a second case of the committee, with a back-to-back session.
    const second = await caseInMediation(t, { title: '宅基地边界纠纷', disputeType: 'housing_homestead' });
    await t
      .http()
      .post(`/api/cases/${second.id}/sessions`)
      .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
      .send({
        mode: 'back_to_back',
        startedAt: '2026-11-20T09:00:00+08:00',
        place: '老杨调解中心调解室',
        partyIds: [second.parties[0]!.id],
        mediatorIds: [await mediatorId(t, '杨建国')],
        summary: '单独听取王秀英意见',
        privateNotes: '王秀英私下表示底线两千元',
      })
      .expect(201);
    caseNumbers = [c.caseNumber, second.caseNumber];
    // And in a case of another committee: not the director's to export.
    const fengqiao = await orgId(t, '枫桥镇人民调解委员会');
    otherCommitteeCase = (await registerCase(t, 'mediator.zhou', { organisationId: fengqiao })).caseNumber;
    otherDirector = await createUser(t, 'director', '枫桥镇人民调解委员会');
  });
  afterAll(() => t.close());

  const exportOf = async (partyId: string, status: number, username = 'director.yang', query = '') => {
    const res = await t
      .http()
      .get(`/api/parties/${partyId}/personal-data-export${query}`)
      .auth(await t.tokenOf(username), { type: 'bearer' });
    if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };

  it('gives the director the person’s decrypted data across the committee’s cases, and nothing private', async () => {
    const res = await exportOf(applicantId, 200);
    expect(res.body).toMatchObject({ name: '王秀英', matchedBy: 'id_number', exportedBy: '杨光照' });
    expect(res.body.records.map((r: { case: { caseNumber: string } }) => r.case.caseNumber).sort()).toEqual(
      [...caseNumbers].sort(),
    );
    for (const record of res.body.records) {
      expect(record.party).toMatchObject({
        name: '王秀英',
        idNumber: APPLICANT.idNumber,
        phone: APPLICANT.phone,
        address: APPLICANT.address,
      });
    }
    const withAgreement = res.body.records.find((r: { agreements: unknown[] }) => r.agreements.length);
    const agreement = withAgreement.agreements[0];
    expect(agreement).toMatchObject({ status: 'effective', pdfPath: `/api/agreements/${agreement.id}/pdf` });
    expect(agreement.terms.map((term: { text: string }) => term.text)).toContain(
      '刘建平支付王秀英维修费3000元',
    );
    expect(agreement.signatures).toHaveLength(1);
    expect(agreement.signatures[0].image).toMatch(/^data:image\/png;base64,iVBOR/);
    const withSession = res.body.records.find((r: { sessions: unknown[] }) => r.sessions.length);
    expect(withSession.sessions[0]).toMatchObject({ mode: 'back_to_back', summary: '单独听取王秀英意见' });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('底线两千元');
    expect(text).not.toContain(otherCommitteeCase);
    // The other party's ID number and the agent's phone are not the subject's to receive.
    expect(text).not.toContain('330681197807204514');
    expect(text).not.toContain('13700000003');
    expect(res.body.withheld.length).toBeGreaterThan(0);
  });

  it('gives the respondent their own phone but only the masked phone of their agent', async () => {
    const res = await exportOf(respondentId, 200);
    expect(res.body.records).toHaveLength(2);
    expect(res.body.records[0].party).toMatchObject({
      name: '刘建平',
      phone: '13900000002',
      agent: { name: '刘小军', phone: '137******03' },
    });
  });

  it('records every export in the audit trail with its purpose', async () => {
    await exportOf(applicantId, 200, 'director.yang', `?purpose=${encodeURIComponent('王秀英本人书面申请')}`);
    const trail = await t
      .http()
      .get(`/api/audit?entity=party&entityId=${applicantId}`)
      .auth(await t.tokenOf('director.yang'), { type: 'bearer' })
      .expect(200);
    expect(trail.body.items[0]).toMatchObject({
      action: 'party.personal_data_export',
      actorName: '杨光照',
      fields: expect.arrayContaining(['purpose', 'matchedBy', 'caseNumbers']),
      after: { purpose: expect.stringMatching(/^hmac:[0-9a-f]{64}$/), matchedBy: 'id_number' },
    });
    expect(JSON.stringify(trail.body)).not.toContain('王秀英');
    expect(trail.body.items[0].after.caseNumbers).toHaveLength(2);
    const verify = await t
      .http()
      .get('/api/audit/verify')
      .auth(await t.tokenOf('audit.admin'), { type: 'bearer' });
    expect(verify.body.intact).toBe(true);
  });

  it('is the director’s alone, and 404 outside the director’s committee', async () => {
    await exportOf(applicantId, 403, 'mediator.yang');
    const outside = await exportOf(applicantId, 404, otherDirector);
    expect(outside.body.message).toContain('不存在或无权查看');
    await exportOf('00000000-0000-4000-8000-000000000000', 404);
  });

  it('exports a party without an ID number from that one record only', async () => {
    const c = await registerCase(t, 'mediator.yang', {
      parties: [
        { role: 'applicant', kind: 'person', name: '孙小梅', phone: '13600000009' },
        { role: 'respondent', kind: 'person', name: '钱大伟' },
      ],
    });
    const res = await exportOf(c.parties[0]!.id, 200);
    expect(res.body).toMatchObject({ matchedBy: 'party_record', name: '孙小梅' });
    expect(res.body.records).toHaveLength(1);
    expect(res.body.records[0].party.phone).toBe('13600000009');
  });
});
