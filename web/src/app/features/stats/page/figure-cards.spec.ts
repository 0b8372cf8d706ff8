import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { textOf } from '../../../../testing/dom';
import { CENTRE_ID, overviewFixture } from '../stats-fixtures';
import { FigureCards } from './figure-cards';
import { formatYuan } from './figures';

describe('FigureCards (主要指标)', () => {
  async function render(overview = overviewFixture(), organisationId?: string) {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(FigureCards);
    fixture.componentRef.setInput('overview', overview);
    fixture.componentRef.setInput('query', { from: '2026-03-01', to: '2026-03-31', organisationId });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const card = (key: string) => el.querySelector<HTMLElement>(`[data-figure="${key}"]`)!;
    const figure = (key: string) =>
      ['.figure__label', '.figure__value'].map((c) =>
        textOf(card(key).querySelector<HTMLElement>(c)!).trim(),
      );
    return { el, card, figure };
  }

  it('shows every figure with its unit, money in 元 with thousands separators', async () => {
    const { figure } = await render();
    expect(figure('received')).toEqual(['受理', '1,234件']);
    expect(figure('succeeded')).toEqual(['调解成功', '987件']);
    expect(figure('successRate')).toEqual(['成功率', '95.6%']);
    expect(figure('agreementAmount')).toEqual(['协议金额', '1,234,567.50元']);
    expect(figure('performed')).toEqual(['履行', '900件']);
    expect(figure('judicialConfirmations')).toEqual(['司法确认', '12件']);
    expect(figure('overdue')).toEqual(['超期', '3件']);
    expect(figure('averageDaysToClose')).toEqual(['平均办结天数', '8.3天']);
    expect(figure('satisfaction')).toEqual(['满意度', '4.6/ 5']);
    expect(figure('closedRate')).toEqual(['办结率', '87.5%']);
    expect(figure('replyRate')).toEqual(['回复率', '100%']);
    expect(figure('satisfactionRate')).toEqual(['满意率', '90%']);
  });

  it('shows a dash where there is nothing to compute from', async () => {
    const { figure } = await render(
      overviewFixture({
        successRate: null,
        averageDaysToClose: null,
        satisfaction: null,
        replyRate: null,
        agreementAmount: '0.00',
      }),
    );
    expect(figure('replyRate')).toEqual(['回复率', '—']);
    expect(figure('successRate')).toEqual(['成功率', '—']);
    expect(figure('averageDaysToClose')).toEqual(['平均办结天数', '—']);
    expect(figure('satisfaction')).toEqual(['满意度', '—']);
    expect(figure('agreementAmount')).toEqual(['协议金额', '0.00元']);
  });

  it('links 受理 and 调解成功 to the cases of the period, the organisation kept', async () => {
    const { card } = await render(overviewFixture(), CENTRE_ID);
    expect(card('received').getAttribute('href')).toBe(
      `/cases?from=2026-03-01&to=2026-03-31&organisationId=${CENTRE_ID}`,
    );
    expect(card('succeeded').getAttribute('href')).toBe(
      `/cases?from=2026-03-01&to=2026-03-31&organisationId=${CENTRE_ID}&outcome=succeeded`,
    );
    expect(card('overdue').getAttribute('href')).toBe('/deadlines?light=red');
    expect(card('satisfaction').tagName).toBe('DIV');
  });

  it('formats yuan strings and leaves what is not a number alone', () => {
    expect(formatYuan('12345.00')).toBe('12,345.00');
    expect(formatYuan('0.5')).toBe('0.50');
    expect(formatYuan('n/a')).toBe('n/a');
  });
});
