import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApiClient } from './api.js';

export interface SettledCase {
  id: string;
  caseNumber: string;
  agreementId: string;
  applicant: { id: string; name: string };
}

const signature = () =>
  `data:image/png;base64,${readFileSync('test/api/fixtures/signature.png').toString('base64')}`;

/**
 * A case at the mediator's centre settled by an effective written agreement of two terms (pay
 * 3000 yuan today, apologise), signed by both parties and the mediator and sealed by the director,
 * all through the API. `title` keeps it apart from the other specs' cases on the shared server.
 */
export async function settledCase(
  mediator: ApiClient,
  director: ApiClient,
  title: string,
): Promise<SettledCase> {
  const signed = await signedAgreement(mediator, director, title);
  await mediator.call('POST', `/api/agreements/${signed.agreementId}/finalise`, {});
  return signed;
}

/** As `settledCase`, with every signature and the seal on the agreement but not yet finalised. */
export async function signedAgreement(
  mediator: ApiClient,
  director: ApiClient,
  title: string,
): Promise<SettledCase> {
  const registered = await mediator.call<{ id: string; version: number }>(
    'POST',
    '/api/cases',
    {
      organisationId: mediator.user.organisationId,
      source: 'walk_in',
      disputeType: 'neighbour',
      title,
      facts: '何美兰家的母鸡吃了陈国强家的狗食被咬死，双方争执中何美兰受伤。',
      requests: '请求赔偿医疗费并赔礼道歉。',
      parties: [
        {
          role: 'applicant',
          kind: 'person',
          name: '何美兰',
          sex: 'female',
          ethnicity: '汉族',
          birthDate: '1985-03-15',
          idNumber: '330681198503150021',
          phone: '13800000001',
          address: '诸暨市枫桥镇枫源村 12 号',
        },
        {
          role: 'respondent',
          kind: 'person',
          name: '陈国强',
          sex: 'male',
          ethnicity: '汉族',
          birthDate: '1978-07-20',
          idNumber: '330681197807204514',
          phone: '13900000002',
          address: '诸暨市枫桥镇枫源村 14 号',
        },
      ],
    },
    { 'Idempotency-Key': randomUUID() },
  );
  const accepted = await mediator.call<{ version: number }>('POST', `/api/cases/${registered.id}/accept`, {
    version: registered.version,
    rightsNotice: { method: 'written' },
  });
  const roster = await mediator.call<{ items: { id: string; name: string }[] }>(
    'GET',
    `/api/mediators?organisationId=${mediator.user.organisationId}`,
  );
  const yang = roster.items.find((m) => m.name === '杨建国');
  if (!yang) throw new Error('杨建国 is not on the roster');
  // Only the director assigns (libs/contracts ACTION_POWERS); he names the mediator who registered it.
  const assigned = await director.call<{ caseNumber: string; parties: { id: string; name: string }[] }>(
    'POST',
    `/api/cases/${registered.id}/assign`,
    { version: accepted.version, presidingMediatorId: yang.id, mediatorIds: [], chosenBy: 'committee' },
  );
  const [applicant, respondent] = assigned.parties as [
    { id: string; name: string },
    { id: string; name: string },
  ];
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const agreement = await mediator.call<{ id: string }>('POST', `/api/cases/${registered.id}/agreements`, {
    form: 'written',
    facts: '何美兰家的母鸡吃了陈国强家的狗食被咬死，双方争执中何美兰受伤。',
    responsibility: '陈国强对狗看管不严，对何美兰受伤负主要责任。',
    performance: '第一项于签订当日以现金当面付清；第二项于一周内当面履行。',
    terms: [
      {
        obligorPartyId: respondent.id,
        obligeePartyId: applicant.id,
        kind: 'pay',
        amount: '3000.00',
        dueDate: today,
        method: '现金当面支付',
        text: '陈国强一次性赔偿何美兰医疗费人民币3000元',
      },
      {
        obligorPartyId: respondent.id,
        obligeePartyId: applicant.id,
        kind: 'apologise',
        text: '陈国强当面向何美兰赔礼道歉',
      },
    ],
  });
  const sign = (client: ApiClient, signer: object, kind: string, image?: string) =>
    client.call('POST', `/api/agreements/${agreement.id}/signatures`, { signer, kind, image });
  for (const party of assigned.parties) await sign(mediator, { partyId: party.id }, 'signature', signature());
  await sign(mediator, { mediatorId: yang.id }, 'signature', signature());
  await sign(director, { seal: true }, 'seal');
  return { id: registered.id, caseNumber: assigned.caseNumber, agreementId: agreement.id, applicant };
}
