import type {
  CaseDetail,
  CaseListItem,
  Mediator,
  OrganisationNode,
  Session,
} from '../app/core/api/api-types';
import { MEDIATOR_YANG } from './fixtures';

export const CENTRE_ID = MEDIATOR_YANG.organisationId;
export const CASE_ID = '6c1f4f36-1f3e-4d6f-9a55-2f1b8b7f0a01';
export const APPLICANT_ID = '7a0c2f1e-0c55-4c8e-8e59-5c1f0b1a0001';
export const RESPONDENT_ID = '7a0c2f1e-0c55-4c8e-8e59-5c1f0b1a0002';
export const YANG_ROSTER_ID = '9d4e1c2b-6f0a-4b7e-8c3d-1a2b3c4d0001';
export const ZHAO_ROSTER_ID = '9d4e1c2b-6f0a-4b7e-8c3d-1a2b3c4d0002';

/** The demo tree as mediator.yang sees it: his centre only. */
export const LAOYANG_TREE: OrganisationNode[] = [
  {
    id: CENTRE_ID,
    name: '老杨调解中心',
    kind: 'centre',
    type: 'stationed_room',
    courtRoster: true,
    parentId: null,
    caseNumberPrefix: '枫老调',
    address: null,
    policeStationId: null,
    children: [],
  },
];

export const ROSTER: Mediator[] = [
  {
    id: YANG_ROSTER_ID,
    userId: MEDIATOR_YANG.id,
    name: '杨建国',
    organisationId: CENTRE_ID,
    organisationIds: [CENTRE_ID],
    kind: 'member',
    fullTime: true,
    courtRosterNo: null,
    termStart: '2025-01-01',
    termEnd: '2027-12-31',
    status: 'active',
    trainings: [],
  },
  {
    id: ZHAO_ROSTER_ID,
    userId: null,
    name: '赵丽华',
    organisationId: CENTRE_ID,
    organisationIds: [CENTRE_ID],
    kind: 'member',
    fullTime: true,
    courtRosterNo: null,
    termStart: '2025-01-01',
    termEnd: '2027-12-31',
    status: 'active',
    trainings: [],
  },
];

export function session(overrides: Partial<Session> = {}): Session {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    caseId: CASE_ID,
    mode: 'site_visit',
    medium: 'in_person',
    remoteConsent: null,
    startedAt: '2026-03-02T02:00:00.000Z',
    endedAt: null,
    place: '枫溪小区3幢402室',
    partyIds: [APPLICANT_ID],
    mediatorIds: [YANG_ROSTER_ID],
    participants: [],
    summary: '查看卫生间天花板渗水情况',
    sensitivity: null,
    hasPrivateNotes: false,
    createdAt: '2026-03-02T03:00:00.000Z',
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: CASE_ID,
    caseNumber: '(2026)枫老调字第0001号',
    trackCode: '3F9A21C07B4E',
    organisationId: CENTRE_ID,
    organisationName: '老杨调解中心',
    source: 'phone',
    disputeType: 'neighbour',
    disputeSubtype: '漏水',
    title: '楼上漏水纠纷',
    facts: '楼上住户家中漏水,业主已搬走。',
    requests: '修复漏水,赔偿损失。',
    amountInDispute: null,
    occurredAt: null,
    location: null,
    riskLevel: 'none',
    isPublic: false,
    status: 'registered',
    version: 3,
    referralId: null,
    undisputedFacts: null,
    prevention: null,
    chosenBy: null,
    statusReason: null,
    routesInformed: null,
    remediationOf: null,
    remediation: null,
    registeredAt: '2026-03-01T01:00:00.000Z',
    acceptedAt: null,
    lastActivityAt: '2026-03-01T01:00:00.000Z',
    parties: [
      {
        id: APPLICANT_ID,
        role: 'applicant',
        kind: 'person',
        name: '钱秀英',
        idType: 'resident_id',
        idNumber: '330681198503150021',
        phone: '13800000001',
      },
      { id: RESPONDENT_ID, role: 'respondent', kind: 'person', name: '沈翊珩' },
    ],
    mediators: [],
    sessions: [],
    agreements: [],
    deadlines: [],
    followUp: { performances: [], urgings: [], returnVisits: [], judicialConfirmations: [], volume: null },
    timeline: [
      { at: '2026-03-01T01:00:00.000Z', kind: 'registered', summary: '登记纠纷', actorName: '杨建国' },
    ],
    conflicts: [],
    consents: [],
    allowedActions: ['accept', 'reject', 'transfer'],
    personalDataVisible: true,
    sensitivity: null,
    sensitiveContentVisible: true,
    deidentified: false,
    ...overrides,
  };
}

export function listItem(overrides: Partial<CaseListItem> = {}): CaseListItem {
  return {
    id: CASE_ID,
    caseNumber: '(2026)枫老调字第0001号',
    title: '楼上漏水纠纷',
    status: 'in_mediation',
    source: 'phone',
    disputeType: 'neighbour',
    riskLevel: 'none',
    organisationId: CENTRE_ID,
    organisationName: '老杨调解中心',
    parties: [
      { id: APPLICANT_ID, role: 'applicant', kind: 'person', name: '钱秀英' },
      { id: RESPONDENT_ID, role: 'respondent', kind: 'person', name: '沈翊珩' },
    ],
    presidingMediatorName: '杨建国',
    registeredAt: '2026-03-01T01:00:00.000Z',
    lastActivityAt: '2026-03-02T03:00:00.000Z',
    version: 5,
    ...overrides,
  };
}
