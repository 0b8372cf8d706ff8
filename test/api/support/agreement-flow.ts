import { readFileSync } from 'node:fs';
import { caseInMediation, mediatorId, type CaseRef } from './factories.js';
import type { TestApp } from './test-app.js';

const png = (name: string) =>
  `data:image/png;base64,${readFileSync(`test/api/fixtures/${name}.png`).toString('base64')}`;

/**
 * A draft written agreement of two terms on `c` (pay 3000.00 by a date, and apologise), with `extra`
 * content fields if given; its id.
 */
export async function draftAgreement(t: TestApp, c: CaseRef, extra: object = {}): Promise<string> {
  const [applicant, respondent] = c.parties;
  const created = await t
    .http()
    .post(`/api/cases/${c.id}/agreements`)
    .auth(await t.tokenOf('mediator.yang'), { type: 'bearer' })
    .send({
      form: 'written',
      facts: '楼上漏水致楼下天花板受损。',
      responsibility: '被申请人负全部责任。',
      performance: '第一项银行转账;第二项当面履行。',
      terms: [
        {
          obligorPartyId: respondent!.id,
          obligeePartyId: applicant!.id,
          kind: 'pay',
          amount: '3000.00',
          dueDate: '2099-12-31',
          method: '银行转账',
          text: '刘建平支付王秀英维修费3000元',
        },
        {
          obligorPartyId: respondent!.id,
          obligeePartyId: applicant!.id,
          kind: 'apologise',
          text: '刘建平向王秀英赔礼道歉',
        },
      ],
      ...extra,
    })
    .expect(201);
  return created.body.id as string;
}

/**
 * A case (in mediation, with 杨建国 on it) with an effective written agreement of two terms: pay
 * 3000.00 by a date, and apologise (and `extra` content fields, as `draftAgreement`).
 */
export async function effectiveAgreement(
  t: TestApp,
  given?: CaseRef,
  extra: object = {},
): Promise<{ c: CaseRef; agreementId: string }> {
  const c = given ?? (await caseInMediation(t));
  const mediator = await t.tokenOf('mediator.yang');
  const id = await draftAgreement(t, c, extra);
  const sign = (token: string, signer: object, kind: string, image?: string) =>
    t
      .http()
      .post(`/api/agreements/${id}/signatures`)
      .auth(token, { type: 'bearer' })
      .send({ signer, kind, image })
      .expect(201);
  for (const party of c.parties) await sign(mediator, { partyId: party.id }, 'signature', png('signature'));
  await sign(mediator, { mediatorId: await mediatorId(t, '杨建国') }, 'signature', png('signature'));
  await sign(await t.tokenOf('director.yang'), { seal: true }, 'seal');
  await t.http().post(`/api/agreements/${id}/finalise`).auth(mediator, { type: 'bearer' }).expect(200);
  return { c, agreementId: id };
}
