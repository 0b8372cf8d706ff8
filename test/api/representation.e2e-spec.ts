import { draftAgreement } from './support/agreement-flow.js';
import { APPLICANT, caseInMediation, RESPONDENT } from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 17: a minor could be a party with nobody acting for him, and an agent's power of attorney had
 * neither scope nor end. A party under eighteen now needs its guardian (监护人, 法定代理人) before the
 * agreement is complete, an agent's power says 一般授权 or 特别授权 and until when, and both print.
 */
describe('guardians and powers of attorney (issue 17)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  const versionOf = async (caseId: string) =>
    (await t.dataSource.query<{ version: number }[]>('SELECT version FROM cases WHERE id = $1', [caseId]))[0]!
      .version;
  const check = async (agreementId: string) =>
    (await t.http().get(`/api/agreements/${agreementId}/check`).auth(token, { type: 'bearer' }).expect(200))
      .body as { complete: boolean; missing: string[] };

  it('asks for a minor’s guardian, prints it, and masks its phone below the case team', async () => {
    // A 15-year-old whose bicycle scratched a car: the respondent is the boy, his father acts for him.
    const boy = {
      ...RESPONDENT,
      name: '刘小宇',
      birthDate: '2011-05-20',
      idNumber: undefined,
      agent: {
        name: '周律师',
        scope: 'special',
        authority: '代为达成并签署调解协议',
        validUntil: '2099-12-31',
      },
    };
    const c = await caseInMediation(t, { parties: [APPLICANT, boy] });
    const agreementId = await draftAgreement(t, c);
    const boyId = c.parties[1]!.id;
    expect((await check(agreementId)).missing).toContain(`GUARDIAN:${boyId}`);

    const corrected = await t
      .http()
      .patch(`/api/cases/${c.id}/parties/${boyId}`)
      .auth(token, { type: 'bearer' })
      .send({
        version: await versionOf(c.id),
        reason: '补录监护人',
        guardian: { name: '刘建平', relation: '父亲', phone: '139 0000 0002' },
      });
    expect(corrected.status).toBe(200);
    expect(corrected.body.guardian).toEqual({ name: '刘建平', relation: '父亲', phone: '13900000002' });
    expect((await check(agreementId)).missing).not.toContain(`GUARDIAN:${boyId}`);

    const text = pdfText((await getBinary(t, `/api/agreements/${agreementId}/pdf`, token).expect(200)).body);
    expect(text).toContain('法定代理人:刘建平(父亲)');
    expect(text).toContain('委托代理人:周律师,特别授权,代为达成并签署调解协议,授权至2099年12月31日');
    // The copy printed for signing gives the guardian a line of his own.
    const signing = pdfText(
      (await getBinary(t, `/api/agreements/${agreementId}/pdf?purpose=signing`, token).expect(200)).body,
    );
    expect(signing).toContain('法定代理人(监护人)刘建平(签名)');

    // The judicial office reads the case with the guardian's phone masked.
    const office = await t
      .http()
      .get(`/api/cases/${c.id}`)
      .auth(await t.tokenOf('sfs.wang'), { type: 'bearer' })
      .expect(200);
    const seen = office.body.parties.find((p: { id: string }) => p.id === boyId);
    expect(seen.guardian.name).toBe('刘建平');
    expect(seen.guardian.phone).not.toContain('13900000002');
  });

  it('refuses an agreement while an agent’s power has run out, and an unknown scope', async () => {
    const lapsed = { ...RESPONDENT, agent: { name: '刘小军', scope: 'general', validUntil: '2020-01-31' } };
    const c = await caseInMediation(t, { parties: [APPLICANT, lapsed] });
    const agreementId = await draftAgreement(t, c);
    expect((await check(agreementId)).missing).toContain(`AGENT_EXPIRED:${c.parties[1]!.id}`);
    const bad = await t
      .http()
      .patch(`/api/cases/${c.id}/parties/${c.parties[1]!.id}`)
      .auth(token, { type: 'bearer' })
      .send({ version: await versionOf(c.id), reason: '更正', agent: { name: '刘小军', scope: 'total' } });
    expect(bad.status).toBe(400);
  });
});
