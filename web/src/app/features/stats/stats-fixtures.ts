import type { StatsAnalysis, StatsOverview, StatsReport, StatsTrend } from '../../core/api/stats-api';

/** Statistics answers as the API sends them, for the unit tests of this feature. */
export const CENTRE_ID = '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e11';

export function overviewFixture(changes: Partial<StatsOverview> = {}): StatsOverview {
  return {
    from: '2026-03-01',
    to: '2026-03-31',
    received: 1234,
    accepted: 1200,
    succeeded: 987,
    failed: 45,
    successRate: 0.9564,
    agreementAmount: '1234567.50',
    performed: 900,
    judicialConfirmations: 12,
    overdue: 3,
    averageDaysToClose: 8.25,
    satisfaction: 4.6,
    satisfactionRate: 0.9,
    satisfactionSource: 'return_visits',
    replyRate: 1,
    closedRate: 0.875,
    byType: [
      { disputeType: 'neighbour', received: 600, succeeded: 500 },
      { disputeType: 'property_management', received: 634, succeeded: 487 },
    ],
    bySource: [
      { source: 'walk_in', received: 1000, succeeded: 800 },
      { source: 'court_dispatch', received: 234, succeeded: 187 },
    ],
    byOrganisationKind: [{ kind: 'centre', received: 1234, succeeded: 987 }],
    prevented: [
      { kind: 'criminal', cases: 2, persons: 5 },
      { kind: 'group_petition', cases: 1, persons: 12 },
      { kind: 'group_fight', cases: 0, persons: 0 },
      { kind: 'suicide', cases: 1, persons: 1 },
    ],
    ...changes,
  };
}

export const TREND: StatsTrend = {
  months: [
    { month: '2026-02', received: 80, succeeded: 70 },
    { month: '2026-03', received: 1234, succeeded: 987 },
  ],
};

export const ANALYSIS: StatsAnalysis = {
  places: [
    {
      place: '枫桥镇幸福小区',
      total: 7,
      topTypes: [
        { disputeType: 'neighbour', count: 5 },
        { disputeType: 'property_management', count: 2 },
      ],
    },
  ],
  repeatParties: [{ name: '钱秀英', cases: 3 }],
  repeatPlaces: [{ place: '枫桥镇幸福小区', cases: 7 }],
  mediators: [{ mediatorId: 'm1', name: '杨建国', organisationName: '老杨调解中心', cases: 9, succeeded: 8 }],
  committees: [{ organisationId: CENTRE_ID, name: '老杨调解中心', received: 1234, succeeded: 987 }],
};

export const REPORT: StatsReport = {
  period: '2026-03',
  organisationName: '枫桥镇司法所',
  columns: [
    { key: 'accepted', label: '受理纠纷(件)', group: null },
    { key: 'type.neighbour', label: '邻里', group: '纠纷类型(件)' },
    { key: 'type.property_management', label: '物业', group: '纠纷类型(件)' },
    { key: 'amount', label: '协议涉及金额(万元)', group: null },
  ],
  rows: [
    {
      organisationId: CENTRE_ID,
      name: '老杨调解中心',
      values: { accepted: 10, 'type.neighbour': 8, 'type.property_management': 2, amount: '1.2000' },
    },
    {
      organisationId: 'o2',
      name: '枫桥镇人民调解委员会',
      values: { accepted: 5, 'type.neighbour': 4, 'type.property_management': 1, amount: '0.3000' },
    },
  ],
  totals: { accepted: 15, 'type.neighbour': 12, 'type.property_management': 3, amount: '1.5000' },
  locked: false,
  lockedAt: null,
  lockedBy: null,
};
