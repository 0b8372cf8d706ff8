import type { StatsOverview, StatsQuery } from '../../../core/api/stats-api';
import { STATS_TEXTS } from '../stats.texts';

const texts = STATS_TEXTS.figures;

/** Where a figure leads: a list with the filters that reproduce it. */
export interface Drill {
  link: string;
  queryParams: Record<string, string>;
}

export interface Figure {
  key: keyof StatsOverview;
  label: string;
  value: string;
  unit: string;
  drill: Drill | null;
}

const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const yuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** A rate (a share 0–1, or null when nothing was due) as per cent to one decimal. */
function percentFigure(key: keyof StatsOverview, label: string, share: number | null): Figure {
  return {
    key,
    label,
    value: share === null ? texts.none : oneDecimal.format(share * 100),
    unit: share === null ? '' : '%',
    drill: null,
  };
}

/** `'1234567.5'` → `'1,234,567.50'`; the API sends money as a decimal string. */
export function formatYuan(amount: string): string {
  const value = Number(amount);
  return Number.isFinite(value) ? yuan.format(value) : amount;
}

/** The case list's query for the period and organisation, plus the given filters. */
export function caseListDrill(query: StatsQuery, extra: Record<string, string> = {}): Drill {
  const queryParams: Record<string, string> = { from: query.from, to: query.to };
  if (query.organisationId) queryParams['organisationId'] = query.organisationId;
  return { link: '/cases', queryParams: { ...queryParams, ...extra } };
}

/**
 * The figure cards in the order of the monthly bulletins. Figures that the case list can reproduce
 * link to it; 超期 leads to the deadline board's red lights; the others have no list of their own.
 */
export function figuresOf(o: StatsOverview, query: StatsQuery): Figure[] {
  const none = texts.none;
  const succeeded = caseListDrill(query, { outcome: 'succeeded' });
  return [
    {
      key: 'received',
      label: texts.received,
      value: integer.format(o.received),
      unit: texts.cases,
      drill: caseListDrill(query),
    },
    {
      key: 'succeeded',
      label: texts.succeeded,
      value: integer.format(o.succeeded),
      unit: texts.cases,
      drill: succeeded,
    },
    {
      key: 'successRate',
      label: texts.successRate,
      value: o.successRate === null ? none : oneDecimal.format(o.successRate * 100),
      unit: o.successRate === null ? '' : '%',
      drill: succeeded,
    },
    {
      key: 'agreementAmount',
      label: texts.agreementAmount,
      value: formatYuan(o.agreementAmount),
      unit: texts.yuan,
      drill: succeeded,
    },
    {
      key: 'performed',
      label: texts.performed,
      value: integer.format(o.performed),
      unit: texts.cases,
      drill: null,
    },
    {
      key: 'judicialConfirmations',
      label: texts.judicialConfirmations,
      value: integer.format(o.judicialConfirmations),
      unit: texts.cases,
      drill: null,
    },
    {
      key: 'overdue',
      label: texts.overdue,
      value: integer.format(o.overdue),
      unit: texts.cases,
      drill: { link: '/deadlines', queryParams: { light: 'red' } },
    },
    {
      key: 'averageDaysToClose',
      label: texts.averageDaysToClose,
      value: o.averageDaysToClose === null ? none : oneDecimal.format(o.averageDaysToClose),
      unit: o.averageDaysToClose === null ? '' : texts.days,
      drill: null,
    },
    percentFigure('closedRate', texts.closedRate, o.closedRate),
    percentFigure('replyRate', texts.replyRate, o.replyRate),
    percentFigure('satisfactionRate', texts.satisfactionRate, o.satisfactionRate),
    {
      key: 'satisfaction',
      label: texts.satisfaction,
      value: o.satisfaction === null ? none : oneDecimal.format(o.satisfaction),
      unit: o.satisfaction === null ? '' : texts.outOfFive,
      drill: null,
    },
  ];
}
