import { APPLICANT, caseBody, orgId, RESPONDENT } from './support/factories.js';
import { getBinary, pdfText } from './support/pdf.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Names a court will read on the documents, written with characters outside the main font: CJK
 * Extension B (王𠈌, 𠮷野家, 𪚥), C (陈𪜀) and D (张𫝀), drawn from the fallback faces (fonts.ts).
 */
describe('rare characters in names, registered and printed', () => {
  let t: TestApp;
  let token: string;
  let laoyang: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenOf('mediator.yang');
    laoyang = await orgId(t, '老杨调解中心');
  });
  afterAll(() => t.close());

  const third = (name: string) => ({ role: 'third_party', kind: 'person', name });
  const register = async (names: string[]) => {
    const [first, second, ...others] = names;
    const res = await t
      .http()
      .post('/api/cases')
      .auth(token, { type: 'bearer' })
      .send(
        caseBody(laoyang, {
          parties: [{ ...APPLICANT, name: first }, { ...RESPONDENT, name: second }, ...others.map(third)],
        }),
      )
      .expect(201);
    return res.body.id as string;
  };

  it('prints each name exactly as registered: the text layer holds every character', async () => {
    const names = ['王𠈌', '𠮷野家', '𪚥', '陈𪜀', '张𫝀'];
    const id = await register(names);
    const res = await getBinary(t, `/api/cases/${id}/documents/application.pdf`, token).expect(200);
    const text = pdfText(res.body as Buffer);
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('王𠈌');
    expect(text).not.toContain('王\u2612');
  });

  it.each([
    ['an emoji', '王😀', '"😀"(U+1F600)'],
    ['an unassigned code point', '王\u0378', '"\u0378"(U+0378)'],
  ])(
    'answers 422 UNPRINTABLE_CHARACTER for %s, naming the character, instead of printing a box',
    async (_what, name, named) => {
      const id = await register([name, '刘建平']);
      const res = await t
        .http()
        .get(`/api/cases/${id}/documents/application.pdf`)
        .auth(token, { type: 'bearer' })
        .expect(422);
      expect(res.body.code).toBe('UNPRINTABLE_CHARACTER');
      expect(res.body.message).toContain(`中的字${named}无法打印`);
      expect(res.body.message).toMatch(/^《人民调解申请书》/);
    },
  );
});
