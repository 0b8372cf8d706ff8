import { TREND, overviewFixture } from '../stats-fixtures';
import { byKindOption, bySourceOption, byTypeOption, fillMonths, trendOption } from './chart-options';

interface Series {
  name: string;
  type: string;
  data: unknown[];
}
const seriesOf = (option: object) => (option as { series: Series[] }).series;
const axisData = (option: object, axis: 'xAxis' | 'yAxis') =>
  (option as Record<string, { data?: string[] }>)[axis].data;

describe('chart options', () => {
  it('draws the months with received as bars and succeeded as a line', () => {
    const option = trendOption(TREND);
    expect(axisData(option, 'xAxis')).toEqual(['2026-02', '2026-03']);
    expect(seriesOf(option).map((s) => [s.name, s.type, s.data])).toEqual([
      ['受理', 'bar', [80, 1234]],
      ['调解成功', 'line', [70, 987]],
    ]);
  });

  it('names dispute types in Chinese on a horizontal bar chart, in the order of the overview', () => {
    const option = byTypeOption(overviewFixture());
    expect(axisData(option, 'yAxis')).toEqual(['邻里', '物业']);
    expect(seriesOf(option).map((s) => s.data)).toEqual([
      [600, 634],
      [500, 487],
    ]);
  });

  it('shows the sources as a ring of received cases and the organisation kinds as bars', () => {
    expect(seriesOf(bySourceOption(overviewFixture()))[0].data).toEqual([
      { name: '来访', value: 1000 },
      { name: '法院委派', value: 234 },
    ]);
    expect(axisData(byKindOption(overviewFixture()), 'xAxis')).toEqual(['调解中心']);
  });

  it('fills the months the API left out with zeros, across the turn of the year', () => {
    const months = fillMonths(
      { months: [{ month: '2026-01', received: 3, succeeded: 2 }] },
      '2025-11',
      '2026-02',
    );
    expect(months).toEqual([
      { month: '2025-11', received: 0, succeeded: 0 },
      { month: '2025-12', received: 0, succeeded: 0 },
      { month: '2026-01', received: 3, succeeded: 2 },
      { month: '2026-02', received: 0, succeeded: 0 },
    ]);
  });
});
