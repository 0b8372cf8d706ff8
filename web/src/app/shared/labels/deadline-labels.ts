import type { ClockKind, Light, OpenLight } from '../../core/api/api-types';

/** Chinese names of the deadline lights, in the order the board shows them (most urgent first). */
export const LIGHT_LABELS: Readonly<Record<Light, string>> = {
  red: '已超期',
  yellow: '即将到期',
  green: '正常',
  paused: '已暂停',
  done: '已完成',
};

/** The lights of open clocks, as the board's count cards show them. */
export const OPEN_LIGHTS: readonly OpenLight[] = ['red', 'yellow', 'green', 'paused'];

/** ng-zorro colours of the lights. */
export const LIGHT_COLORS: Readonly<Record<Light, string>> = {
  red: 'red',
  yellow: 'gold',
  green: 'green',
  paused: 'default',
  done: 'default',
};

export const CLOCK_KIND_LABELS: Readonly<Record<ClockKind, string>> = {
  acceptance: '受理期限',
  mediation: '调解期限',
  signature: '协议签署',
  obligation: '履行期限',
  judicial_confirmation: '司法确认申请',
  court_acceptance: '法院受理司法确认',
  court_ruling: '法院司法确认审查',
  return_visit: '回访',
  filing: '立卷归档',
  escalation: '风险报告签收',
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * What is left of a clock, in Chinese: 还剩 3 天, 还剩 5 小时, 已超期 2 天. Whole days are
 * counted down (2.5 days left is 还剩 2 天); under a day the hours are counted up.
 */
export function remainingText(dueAt: string, light: Light, now: Date = new Date()): string {
  if (light === 'paused') return '计时暂停';
  if (light === 'done') return '已完成';
  const left = new Date(dueAt).getTime() - now.getTime();
  const span = Math.abs(left);
  const amount = span >= DAY ? `${Math.floor(span / DAY)} 天` : `${Math.max(1, Math.ceil(span / HOUR))} 小时`;
  return left >= 0 ? `还剩 ${amount}` : `已超期 ${amount}`;
}
