import { DISPUTE_TYPES, DISPUTE_TYPE_LABELS } from '../../../../libs/contracts/src/dispute-types.js';
import { PREVENTION_KINDS } from './dto/stats.dto.js';

/** 纠纷来源 as the MoJ report splits it: own initiative, application, entrusted or transferred. */
export const SOURCE_GROUPS = {
  self: { label: '主动调解', sources: ['self_initiated', 'grid'] },
  application: { label: '申请调解', sources: ['walk_in', 'phone', 'online'] },
  referred: {
    label: '接受委托移送',
    sources: ['court_dispatch', 'court_entrust', 'police', 'petition', 'hotline_12345', 'government'],
  },
} as const;

export const PREVENTION_LABELS: Record<(typeof PREVENTION_KINDS)[number], string> = {
  criminal: '防止民转刑',
  group_petition: '防止群体性上访',
  group_fight: '防止群体性械斗',
  suicide: '防止因纠纷引起自杀',
};

export interface ReportColumn {
  key: string;
  label: string;
  group: string | null;
}

/**
 * The monthly report's columns in the official order (docs/domain.md §4.2); what each counts and by
 * which date: monthly-report.ts. 纠纷类型, 纠纷来源 and 防止 are of the cases accepted in the month.
 */
export const REPORT_COLUMNS: ReportColumn[] = [
  { key: 'accepted', label: '受理纠纷(件)', group: null },
  { key: 'succeeded', label: '调解成功(件)', group: null },
  { key: 'successRate', label: '成功率(%)', group: null },
  { key: 'amount', label: '协议涉及金额(万元)', group: null },
  ...DISPUTE_TYPES.map((t) => ({ key: `type.${t}`, label: DISPUTE_TYPE_LABELS[t], group: '纠纷类型(件)' })),
  ...Object.entries(SOURCE_GROUPS).map(([key, g]) => ({
    key: `source.${key}`,
    label: g.label,
    group: '纠纷来源(件)',
  })),
  { key: 'performed', label: '已履行(件)', group: null },
  { key: 'confirmed', label: '司法确认(件)', group: null },
  ...PREVENTION_KINDS.flatMap((k) => [
    { key: `prevented.${k}.cases`, label: '件', group: PREVENTION_LABELS[k] },
    { key: `prevented.${k}.persons`, label: '人', group: PREVENTION_LABELS[k] },
  ]),
];
