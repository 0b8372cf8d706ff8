import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '../../../core/api/api-types';
import { AuthService } from '../../../core/auth/auth.service';
import { buttonByText, textOf } from '../../../../testing/dom';
import { MEDIATOR_YANG } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { ANALYSIS, CENTRE_ID, REPORT, TREND, overviewFixture } from '../stats-fixtures';
import { StatsPage } from './stats-page';

// jsdom has no layout and no canvas: a stand-in chart records what ECharts is asked to do.
const fakeChart = {
  setOption: jest.fn(),
  on: jest.fn(),
  resize: jest.fn(),
  dispose: jest.fn(),
};
const init = jest.fn((..._args: unknown[]) => fakeChart);
jest.mock('../chart/echarts-setup', () => ({ init: (...args: unknown[]) => init(...args) }));

const DIRECTOR: Me = { ...MEDIATOR_YANG, username: 'director.yang', role: 'director' };

describe('StatsPage (统计分析)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const router = () => TestBed.inject(Router);
  const request = (path: string): TestRequest => http.expectOne((r) => r.url === `/api/stats/${path}`);

  async function open(url: string): Promise<Record<'overview' | 'trend' | 'analysis', TestRequest>> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'stats', component: StatsPage },
        { path: 'cases', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(DIRECTOR);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.fixture.detectChanges();
    const requests = {
      overview: request('overview'),
      trend: request('trend'),
      analysis: request('analysis'),
    };
    requests.overview.flush(overviewFixture());
    requests.trend.flush(TREND);
    requests.analysis.flush(ANALYSIS);
    await stable();
    await settle();
    return requests;
  }

  beforeEach(() => {
    init.mockClear();
    fakeChart.setOption.mockClear();
    fakeChart.on.mockClear();
  });

  afterEach(() => http.verify());

  it("asks for the URL's period, the trend for the twelve months before its end, and shows the figures", async () => {
    const { overview, trend, analysis } = await open('/stats?from=2026-03-01&to=2026-03-31');
    expect(overview.request.params.get('from')).toBe('2026-03-01');
    expect(overview.request.params.get('to')).toBe('2026-03-31');
    expect(overview.request.params.has('organisationId')).toBe(false);
    expect(analysis.request.params.get('from')).toBe('2026-03-01');
    expect(trend.request.params.get('from')).toBe('2025-04-01');
    expect(trend.request.params.get('to')).toBe('2026-03-31');

    const text = textOf(root());
    expect(text).toContain('1,234,567.50');
    expect(text).toContain('防止民间纠纷转化为刑事案件');
    expect(text).toContain('枫桥镇幸福小区');
    expect(text).toContain('邻里 5');
    expect(root().querySelector('[data-figure="succeeded"]')?.getAttribute('href')).toBe(
      '/cases?from=2026-03-01&to=2026-03-31&outcome=succeeded',
    );
    // A director sees the own committee: no organisation picker, no organisation list fetched.
    expect(root().querySelector('#stats-organisation')).toBeNull();
  });

  it('draws the charts with ECharts in SVG and leads a dispute-type bar to its cases', async () => {
    await open('/stats?from=2026-03-01&to=2026-03-31');
    // Trend, by type, by source, by organisation kind.
    expect(init).toHaveBeenCalledTimes(4);
    expect(init.mock.calls[0][2]).toEqual({ renderer: 'svg' });
    const byTypeIndex = 1;
    const onClick = fakeChart.on.mock.calls[byTypeIndex]![1] as (e: object) => void;
    onClick({ dataIndex: 1, seriesIndex: 1 });
    await settle();
    expect(router().url).toBe(
      '/cases?from=2026-03-01&to=2026-03-31&disputeType=property_management&outcome=succeeded',
    );
  });

  it('links each row of the dispute-type and source tables to the matching cases', async () => {
    await open('/stats?from=2026-03-01&to=2026-03-31');
    const link = root().querySelector<HTMLAnchorElement>(
      'tr[data-source="court_dispatch"] td:nth-child(2) a',
    );
    expect(link?.textContent?.trim()).toBe('234');
    expect(link?.getAttribute('href')).toBe('/cases?from=2026-03-01&to=2026-03-31&source=court_dispatch');
    const typeLink = root().querySelector<HTMLAnchorElement>('tr[data-type="neighbour"] td:nth-child(2) a');
    expect(typeLink?.getAttribute('href')).toBe('/cases?from=2026-03-01&to=2026-03-31&disputeType=neighbour');
  });

  it('chooses 上月 through the period picker into the URL', async () => {
    await open('/stats');
    const lastMonth = Array.from(root().querySelectorAll<HTMLElement>('label[nz-radio-button]')).find(
      (b) => b.textContent?.trim() === '上月',
    )!;
    lastMonth.click();
    await settle();
    const params = router().parseUrl(router().url).queryParams;
    const today = new Date();
    const first = new Date(today.getFullYear(), today.getMonth() - 1, 1);
    expect(params['from']).toBe(`${first.getFullYear()}-${String(first.getMonth() + 1).padStart(2, '0')}-01`);
    harness.fixture.detectChanges();
    request('overview').flush(overviewFixture());
    request('trend').flush(TREND);
    request('analysis').flush(ANALYSIS);
    await stable();
  });

  it('previews the monthly report of the period with its totals row', async () => {
    await open('/stats?from=2026-03-01&to=2026-03-31');
    buttonByText(root(), '预览月报表').click();
    harness.fixture.detectChanges();
    const report = request('report');
    expect(report.request.params.get('period')).toBe('2026-03');
    expect(report.request.params.get('format')).toBe('json');
    report.flush(REPORT);
    await stable();
    const totals = root().querySelector('tr.totals');
    expect(textOf(totals as HTMLElement)).toContain('合计');
    expect(textOf(totals as HTMLElement)).toContain('15');
  });

  it('locks the previewed month after a confirmation and then shows who locked it', async () => {
    await open('/stats?from=2026-03-01&to=2026-03-31');
    buttonByText(root(), '预览月报表').click();
    harness.fixture.detectChanges();
    request('report').flush(REPORT);
    await stable();
    buttonByText(root(), '锁定月报').click();
    await stable();
    const dialog = document.querySelector<HTMLElement>('.ant-modal')!;
    expect(textOf(dialog)).toContain('锁定后，2026-03 的月报表将固定为当前内容');
    buttonByText(dialog.querySelector('.ant-modal-confirm-btns')!, '锁定月报').click();
    await stable();
    const lock = http.expectOne('/api/stats/periods/2026-03/lock');
    expect(lock.request.method).toBe('POST');
    expect(lock.request.body).toEqual({});
    lock.flush({ ...REPORT, locked: true, lockedAt: '2026-04-01T02:00:00.000Z', lockedBy: '杨光照' });
    await stable();
    expect(textOf(root())).toContain('已锁定：杨光照 于 2026-04-01 10:00 锁定');
    expect(
      Array.from(root().querySelectorAll('button')).some((b) => b.textContent?.includes('锁定月报')),
    ).toBe(false);
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  it('downloads the Excel report under its Chinese file name', async () => {
    await open(`/stats?from=2026-03-01&to=2026-03-31&organisationId=${CENTRE_ID}`);
    const createObjectURL = jest.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicks: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });

    buttonByText(root(), '导出月报表').click();
    const xlsx = request('report');
    expect(xlsx.request.params.get('format')).toBe('xlsx');
    expect(xlsx.request.params.get('purpose')).toBe('report');
    expect(xlsx.request.params.get('organisationId')).toBe(CENTRE_ID);
    expect(xlsx.request.responseType).toBe('blob');
    xlsx.flush(new Blob(['PK']));
    await stable();

    expect(createObjectURL).toHaveBeenCalled();
    expect(clicks.map((a) => a.download)).toEqual(['调解工作月报表-2026-03.xlsx']);
  });
});
