import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chineseDate } from '../../api/src/modules/documents/document-text.js';
import { caseInMediation, type CaseRef } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'tiaojie-oral-'));

/** Art 30: an oral agreement takes effect when reached; the mediator records it in the register. */
describe('the oral-agreement register (人民调解口头协议登记表)', () => {
  let t: TestApp;
  let c: CaseRef;
  let mediator: string;

  beforeAll(async () => {
    t = await createTestApp();
    c = await caseInMediation(t);
    mediator = await t.tokenOf('mediator.yang');
  });
  afterAll(() => t.close());

  it('is finalised without signatures and prints every required field', async () => {
    const [applicant, respondent] = c.parties;
    const created = await t
      .http()
      .post(`/api/cases/${c.id}/agreements`)
      .auth(mediator, { type: 'bearer' })
      .send({
        form: 'oral',
        facts: '楼上住户卫生间漏水,楼下天花板受损。',
        responsibility: '',
        performance: '刘建平于当日在老杨调解中心当面支付现金。',
        terms: [
          {
            obligorPartyId: respondent!.id,
            obligeePartyId: applicant!.id,
            kind: 'pay',
            amount: '800.00',
            dueDate: '2099-12-31',
            method: '现金',
            text: '刘建平赔偿王秀英维修费800元',
          },
        ],
      })
      .expect(201);
    const id = created.body.id as string;
    const res = await t
      .http()
      .post(`/api/agreements/${id}/finalise`)
      .auth(mediator, { type: 'bearer' })
      .send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ form: 'oral', status: 'effective', signatures: [] });

    const pdf = await t
      .http()
      .get(`/api/agreements/${id}/pdf`)
      .auth(mediator, { type: 'bearer' })
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const file = join(dir, 'oral.pdf');
    writeFileSync(file, pdf.body as Buffer);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const agreedOn = chineseDate(new Date(res.body.effectiveAt as string));
    for (const expected of [
      '人民调解口头协议登记表',
      `编号:${res.body.agreementNumber as string}`,
      // Each party: name, sex, ethnicity, birth date, phone, address.
      '王秀英,女,汉族',
      '1985年3月15日',
      '诸暨市枫桥镇枫源村12号',
      '刘建平,男',
      '纠纷主要事实、争议事项',
      '楼上住户卫生间漏水,楼下天花板受损。',
      '协议内容',
      '刘建平赔偿王秀英维修费800元',
      '人民币800.00元(大写:捌佰元整)',
      '履行方式、地点、期限',
      '当面支付现金',
      '自各方当事人达成协议之日起生效',
      '记录人:杨建国、赵丽华',
      `达成协议日期:${agreedOn}`,
      '老杨调解中心',
    ])
      expect(text).toContain(expected);
    // A written agreement's clauses do not belong on the register.
    expect(text).not.toContain('各执一份');
    expect(text).not.toContain('各方责任');
    expect(text).not.toContain('草稿');
    expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toContain('Signature is Valid.');
  });
});
