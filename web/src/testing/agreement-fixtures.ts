import type { Agreement, AgreementSignature, Me } from '../app/core/api/api-types';
import { APPLICANT_ID, CASE_ID, RESPONDENT_ID, YANG_ROSTER_ID, caseDetail } from './case-fixtures';
import { MEDIATOR_YANG } from './fixtures';

export const AGREEMENT_ID = 'b2c3d4e5-0000-4000-8000-00000000a001';

export const DIRECTOR_YANG: Me = {
  ...MEDIATOR_YANG,
  id: '0b7c6a52-3d7e-4a55-9d7e-7c9a8f1e2d09',
  username: 'director.yang',
  name: '杨主任',
  role: 'director',
};

/** The chicken-and-dog case while mediation runs, with its mediator. */
export const MEDIATING = caseDetail({
  status: 'agreement_pending',
  title: '鸡狗相争致伤纠纷',
  parties: [
    { id: APPLICANT_ID, role: 'applicant', kind: 'person', name: '何美兰' },
    { id: RESPONDENT_ID, role: 'respondent', kind: 'person', name: '陈国强' },
  ],
  mediators: [{ id: YANG_ROSTER_ID, name: '杨建国', role: 'presiding' }],
  allowedActions: ['pause', 'terminate'],
});

export function signature(overrides: Partial<AgreementSignature>): AgreementSignature {
  return {
    id: `sig-${Math.random().toString(36).slice(2)}`,
    partyId: null,
    mediatorId: null,
    committeeSeal: false,
    kind: 'signature',
    signerName: '',
    signedAt: '2026-03-10T02:00:00.000Z',
    ...overrides,
  };
}

export const SIGNED_BY_PARTIES = [
  signature({ partyId: APPLICANT_ID, kind: 'fingerprint', signerName: '何美兰' }),
  signature({ partyId: RESPONDENT_ID, signerName: '陈国强' }),
];
export const SIGNED_BY_MEDIATOR = signature({ mediatorId: YANG_ROSTER_ID, signerName: '杨建国' });
export const SEALED = signature({ committeeSeal: true, kind: 'seal', signerName: '老杨调解中心' });

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: AGREEMENT_ID,
    caseId: CASE_ID,
    agreementNumber: '(2026)枫老调协字第0001号',
    form: 'written',
    status: 'signing',
    facts: '何美兰家的母鸡被陈国强家的狗咬死,双方发生争执,何美兰受伤。',
    responsibility: '陈国强对狗看管不严,应承担主要责任。',
    terms: [
      {
        obligorPartyId: RESPONDENT_ID,
        obligeePartyId: APPLICANT_ID,
        kind: 'pay',
        amount: '3000.00',
        amountInCapitals: '叁仟元整',
        dueDate: '2026-03-10',
        method: '现金当场支付',
        text: '陈国强一次性赔偿何美兰医疗费人民币3000元',
      },
    ],
    performance: '签订协议当日在调解中心以现金一次性付清。',
    unresolvedMatters: null,
    routesInformed: null,
    copies: 3,
    version: 2,
    effectiveAt: null,
    verifyCode: null,
    pdfSha256: null,
    signatures: [],
    paperSigned: false,
    scans: [],
    sealRequestedAt: null,
    sealRequestedBy: null,
    check: { complete: true, missing: [], messages: [] },
    ...overrides,
  };
}
