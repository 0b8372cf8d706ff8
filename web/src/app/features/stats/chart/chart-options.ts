import type { StatsOverview, StatsTrend } from '../../../core/api/stats-api';
import { CASE_SOURCE_LABELS, DISPUTE_TYPE_LABELS } from '../../../shared/labels/case-labels';
import { organisationKindLabel } from '../../../shared/labels/stats-labels';
import { STATS_TEXTS } from '../stats.texts';
import type { EChartsCoreOption } from './echarts-setup';

const texts = STATS_TEXTS.charts;
const COLORS = ['#1677ff', '#52c41a', '#faad14', '#13c2c2', '#722ed1', '#eb2f96', '#fa541c', '#2f54eb'];
const GRID = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };

interface Bar {
  name: string;
  received: number;
  succeeded: number;
}

/** Received and succeeded side by side per category; `horizontal` for long names (dispute types). */
function barOption(bars: readonly Bar[], horizontal: boolean): EChartsCoreOption {
  const category = { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0 } };
  const value = { type: 'value', minInterval: 1 };
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: horizontal ? value : { ...category, axisLabel: { interval: 0, rotate: bars.length > 4 ? 30 : 0 } },
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      { name: texts.received, type: 'bar', data: bars.map((b) => b.received), cursor: 'pointer' },
      { name: texts.succeeded, type: 'bar', data: bars.map((b) => b.succeeded), cursor: 'pointer' },
    ],
  };
}

/** Every month from `from` to `to` (`YYYY-MM`), with zeros where the API sent nothing. */
export function fillMonths(trend: StatsTrend, from: string, to: string): StatsTrend['months'] {
  const known = new Map(trend.months.map((m) => [m.month, m]));
  const months: StatsTrend['months'] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 240; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > to) break;
    months.push(known.get(key) ?? { month: key, received: 0, succeeded: 0 });
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** Months on the x axis, received as bars and succeeded as a line. */
export function trendOption(trend: StatsTrend): EChartsCoreOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: { type: 'category', data: trend.months.map((m) => m.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: texts.received, type: 'bar', barMaxWidth: 32, data: trend.months.map((m) => m.received) },
      { name: texts.succeeded, type: 'line', data: trend.months.map((m) => m.succeeded) },
    ],
  };
}

/** Dispute types in the order of the overview (the API sends them in official order). */
export function byTypeOption(overview: StatsOverview): EChartsCoreOption {
  const bars = overview.byType.map((t) => ({ ...t, name: DISPUTE_TYPE_LABELS[t.disputeType] }));
  return barOption(bars, true);
}

export function byKindOption(overview: StatsOverview): EChartsCoreOption {
  const bars = overview.byOrganisationKind.map((k) => ({ ...k, name: organisationKindLabel(k.kind) }));
  return barOption(bars, false);
}

/** Received per source as a ring; a slice's index is the index in `bySource`. */
export function bySourceOption(overview: StatsOverview): EChartsCoreOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        name: texts.received,
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c} 件' },
        cursor: 'pointer',
        data: overview.bySource.map((s) => ({ name: CASE_SOURCE_LABELS[s.source], value: s.received })),
      },
    ],
  };
}
