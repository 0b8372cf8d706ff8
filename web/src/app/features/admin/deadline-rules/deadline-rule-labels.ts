import type { DeadlineRule } from '../../../core/api/deadline-rules-api';
import { CASE_SOURCE_LABELS, DISPUTE_TYPE_LABELS } from '../../../shared/labels/case-labels';
import { CLOCK_KIND_LABELS } from '../../../shared/labels/deadline-labels';
import { ADMIN_TEXTS } from '../admin.texts';

const T = ADMIN_TEXTS.deadlineRules;

const label = (labels: Readonly<Record<string, string>>, value: string) => labels[value] ?? value;

/** Which cases a rule is for: 法院委派, 劳动争议, 法院委派 · 婚姻家庭, or 全部. */
export function appliesTo(rule: Pick<DeadlineRule, 'source' | 'disputeType'>): string {
  const parts = [
    rule.source && label(CASE_SOURCE_LABELS, rule.source),
    rule.disputeType && label(DISPUTE_TYPE_LABELS, rule.disputeType),
  ].filter((part): part is string => !!part);
  return parts.length ? parts.join(' · ') : T.all;
}

/** The rule as a title names it: 调解期限(法院委派). */
export function ruleName(rule: Pick<DeadlineRule, 'kind' | 'source' | 'disputeType'>): string {
  return `${CLOCK_KIND_LABELS[rule.kind]}(${appliesTo(rule)})`;
}

/** 20 日(工作日) or 30 日(自然日). */
export function daysText(days: number, workingDays: boolean): string {
  return `${T.dayCount(days)}(${workingDays ? T.workingDays : T.calendarDays})`;
}
