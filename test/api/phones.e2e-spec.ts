import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PersonalDataCipher } from '../../api/src/common/personal-data.js';
import { APPLICANT, caseBody, orgId, RESPONDENT } from './support/factories.js';
import { getBinary } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 21: a phone is accepted however it is typed ("138 5751 2301", "+86 138-5751-2301",
 * "0575-87012345"), stored as its digits (libs/contracts/src/phone.ts), found by search in any of
 * those forms, and printed with separators.
 */

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-phones-'));
/** The PDF's text with its spaces kept (test/api/support/pdf.ts drops them). */
function textOf(pdf: Buffer): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('phone numbers', () => {
  let t: TestApp;
  let token: string;
  let laoyang: string;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
    laoyang = await orgId(t, '老杨调解中心');
  });
  afterAll(() => t.close());

  const stored = async (name: string) => {
    const cipher = t.app.get(PersonalDataCipher);
    type Row = {
      phone_enc: Buffer;
      phone_hash: string;
      phone_masked: string;
      agent_phone_enc: Buffer | null;
    };
    const [row] = await t.dataSource.query<Row[]>(
      'SELECT phone_enc, phone_hash, phone_masked, agent_phone_enc FROM parties WHERE name = $1',
      [name],
    );
    return {
      phone: cipher.decrypt(row!.phone_enc),
      hash: row!.phone_hash,
      masked: row!.phone_masked,
      agentPhone: row!.agent_phone_enc && cipher.decrypt(row!.agent_phone_enc),
      hashOf: (digits: string) => cipher.lookupHash(digits),
    };
  };

  it('stores a spaced or +86 mobile and a landline with a hyphen as their digits', async () => {
    const res = await t
      .http()
      .post('/api/cases')
      .auth(token, { type: 'bearer' })
      .send(
        caseBody(laoyang, {
          title: '电话号码纠纷',
          parties: [
            { ...APPLICANT, name: '王秀英', phone: '138 5751 2301' },
            {
              ...RESPONDENT,
              name: '刘建平',
              phone: '0575-87012345',
              agent: { ...RESPONDENT.agent, phone: '+86 137-0000-0003' },
            },
          ],
        }),
      )
      .expect(201);
    caseId = res.body.id;
    expect(res.body.parties[0].phone).toBe('13857512301');
    expect(res.body.parties[1].phone).toBe('057587012345');
    expect(res.body.parties[1].agent.phone).toBe('13700000003');

    const applicant = await stored('王秀英');
    expect(applicant.phone).toBe('13857512301');
    expect(applicant.hash).toBe(applicant.hashOf('13857512301'));
    expect(applicant.masked).toBe('138******01');
    const respondent = await stored('刘建平');
    expect(respondent.phone).toBe('057587012345');
    expect(respondent.agentPhone).toBe('13700000003');
  });

  it('finds the party by the mobile however it is written', async () => {
    for (const q of ['13857512301', '138 5751 2301', '138-5751-2301', '+86 138 5751 2301']) {
      const res = await t
        .http()
        .get(`/api/cases?q=${encodeURIComponent(q)}`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      expect([q, res.body.items.map((i: { title: string }) => i.title)]).toEqual([q, ['电话号码纠纷']]);
    }
    const landline = await t
      .http()
      .get(`/api/cases?q=${encodeURIComponent('0575 8701 2345')}`)
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(landline.body.items.map((i: { title: string }) => i.title)).toEqual(['电话号码纠纷']);
  });

  it('a correction with a spaced number stores the digits too', async () => {
    const detail = await t.http().get(`/api/cases/${caseId}`).auth(token, { type: 'bearer' }).expect(200);
    const party = detail.body.parties[0] as { id: string };
    await t
      .http()
      .patch(`/api/cases/${caseId}/parties/${party.id}`)
      .auth(token, { type: 'bearer' })
      .send({ version: detail.body.version, reason: '当事人更换了手机号码', phone: '139 5751 2302' })
      .expect((res) => expect([200, 201]).toContain(res.status));
    expect((await stored('王秀英')).phone).toBe('13957512302');
  });

  it('refuses what is not a mainland number, saying how to write one, and stores nothing', async () => {
    const before = Number((await t.dataSource.query('SELECT count(*) AS n FROM cases'))[0].n);
    for (const phone of ['138 5751 230', '+1 415 555 0100', '0575-0701234', '13857512301 转 801']) {
      const res = await t
        .http()
        .post('/api/cases')
        .auth(token, { type: 'bearer' })
        .send(caseBody(laoyang, { parties: [{ ...APPLICANT, phone }, RESPONDENT] }))
        .expect(400);
      expect(res.body.details).toContainEqual(
        expect.objectContaining({
          field: 'parties.0.phone',
          message: '请填写 11 位手机号或带区号的固定电话,如 138 5751 2301、0575-87012345',
        }),
      );
    }
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM cases'))[0].n)).toBe(before);
  });

  it('prints mobiles in groups of 3-4-4 and landlines with the area code and a hyphen', async () => {
    const pdf = await getBinary(t, `/api/cases/${caseId}/documents/application.pdf`, token).expect(200);
    const text = textOf(pdf.body as Buffer);
    expect(text).toContain('联系电话:139 5751 2302');
    expect(text).toContain('联系电话:0575-87012345');
    expect(text).not.toContain('13957512302');
  });
});
