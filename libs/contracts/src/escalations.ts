import { chinaDay, endOfChinaDay } from './china-day.js';

/**
 * 风险报告 (人民调解法 Art 25; docs/domain.md §10.1 EscalationReport, §10.4): a dispute that may turn
 * into a public-order or criminal case is reported to the police station linked to the committee (or,
 * where none is linked, to the supervising judicial office), which acknowledges it within the time
 * its level allows. Yellow is handled locally and reports to no one.
 */
export const REPORTED_LEVELS = ['orange', 'red'] as const;
export type ReportedLevel = (typeof REPORTED_LEVELS)[number];

/** How long the recipient has to acknowledge: red at once (one hour), orange the same day. */
export const ACKNOWLEDGE_WITHIN: Readonly<Record<ReportedLevel, { minutes: number | null; label: string }>> =
  {
    red: { minutes: 60, label: '立即(1小时内)签收' },
    orange: { minutes: null, label: '当日签收' },
  };

/** When a report of `level` made at `at` must be acknowledged (orange: the end of that day in China). */
export function acknowledgeBy(level: ReportedLevel, at: Date): Date {
  const rule = ACKNOWLEDGE_WITHIN[level];
  if (rule.minutes !== null) return new Date(at.getTime() + rule.minutes * 60_000);
  return endOfChinaDay(chinaDay(at));
}
