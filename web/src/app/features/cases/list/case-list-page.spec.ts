import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CASE_ID, listItem } from '../../../../testing/case-fixtures';
import { chooseOption, textOf, typeInto } from '../../../../testing/dom';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { CaseListPage } from './case-list-page';

describe('CaseListPage (纠纷案件)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const page = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const router = () => TestBed.inject(Router);
  const isList = (req: { method: string; url: string }) => req.method === 'GET' && req.url === '/api/cases';

  /** Answers the pending list request and returns it. */
  async function answer(
    items = [listItem()],
    total = items.length,
    totalCapped = false,
  ): Promise<TestRequest> {
    harness.fixture.detectChanges();
    const request = http.expectOne(isList);
    request.flush({ items, total, totalCapped, page: 1, pageSize: 20 });
    await stable();
    return request;
  }

  async function open(url: string, total = 1): Promise<TestRequest> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'cases', component: CaseListPage },
        { path: 'cases/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    // More than one page, so the table keeps the page number of the URL.
    return answer([listItem()], total);
  }

  afterEach(() => http.verify());

  it('shows the cases with number, title, parties, status, risk, presiding mediator and last activity', async () => {
    await open('/cases');
    const text = textOf(page());
    for (const heading of ['案号', '纠纷名称', '当事人', '状态', '风险', '主持调解员', '最近活动']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('(2026)枫老调字第0001号');
    expect(text).toContain('楼上漏水纠纷');
    expect(text).toContain('申请人 钱秀英');
    expect(text).toContain('被申请人 沈翊珩');
    expect(text).toContain('调解中');
    expect(text).toContain('杨建国');
    expect(text).toContain('共 1 件');
  });

  it('asks the API for the filters in the URL, so a reload keeps them', async () => {
    const request = await open(
      '/cases?q=%E6%BC%8F%E6%B0%B4&status=in_mediation&source=phone&from=2026-03-01&to=2026-03-31&page=2',
      45,
    );
    const params = request.request.params;
    expect(params.get('q')).toBe('漏水');
    expect(params.get('status')).toBe('in_mediation');
    expect(params.get('source')).toBe('phone');
    expect(params.get('from')).toBe('2026-03-01');
    expect(params.get('to')).toBe('2026-03-31');
    expect(params.get('page')).toBe('2');
    expect(params.get('pageSize')).toBe('20');
    expect((page().querySelector('#case-search') as HTMLInputElement).value).toBe('漏水');
  });

  it('passes on the drill-down of the statistics: organisation and outcome (调解结果)', async () => {
    const organisationId = '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e11';
    const request = await open(
      `/cases?from=2026-03-01&to=2026-03-31&organisationId=${organisationId}&outcome=succeeded&disputeType=neighbour`,
    );
    const params = request.request.params;
    expect(params.get('organisationId')).toBe(organisationId);
    expect(params.get('outcome')).toBe('succeeded');
    expect(params.get('disputeType')).toBe('neighbour');
    expect(params.get('from')).toBe('2026-03-01');
    expect(textOf(page())).toContain('调解成功');
    expect(textOf(page())).toContain('清除筛选');
  });

  it('puts a chosen outcome into the URL', async () => {
    await open('/cases');
    await chooseOption(page(), 'filter-outcome', '调解不成功', async () => {
      harness.fixture.detectChanges();
      await settle();
    });
    const request = await answer();
    expect(router().parseUrl(router().url).queryParams).toEqual({ outcome: 'failed' });
    expect(request.request.params.get('outcome')).toBe('failed');
  });

  it('drops filter values the API would refuse', async () => {
    const request = await open('/cases?status=nonsense&from=yesterday&outcome=maybe&organisationId=x');
    expect(request.request.params.has('status')).toBe(false);
    expect(request.request.params.has('outcome')).toBe(false);
    expect(request.request.params.has('organisationId')).toBe(false);
    expect(request.request.params.has('from')).toBe(false);
  });

  it('puts the search text into the URL and searches again', async () => {
    await open('/cases');
    typeInto(page().querySelector('#case-search') as HTMLInputElement, '翊珩');
    (page().querySelector('form[role="search"] button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    const request = await answer();

    expect(router().url).toBe('/cases?q=%E7%BF%8A%E7%8F%A9');
    expect(request.request.params.get('q')).toBe('翊珩');
  });

  it('puts a chosen status into the URL and starts again at page 1', async () => {
    await open('/cases?page=3', 90);
    // Not whenStable: the new search keeps the page busy until it is answered below.
    await chooseOption(page(), 'filter-status', '调解中', async () => {
      harness.fixture.detectChanges();
      await settle();
    });
    const request = await answer();

    const url = router().parseUrl(router().url);
    expect(url.queryParams).toEqual({ status: 'in_mediation' });
    expect(request.request.params.get('status')).toBe('in_mediation');
    expect(request.request.params.get('page')).toBe('1');
  });

  it('opens a case when its row is clicked', async () => {
    await open('/cases');
    (page().querySelector('tr.cases__row td:nth-child(2)') as HTMLElement).click();
    await settle();
    expect(router().url).toBe(`/cases/${CASE_ID}`);
  });

  it('says so when nothing matches', async () => {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'cases', component: CaseListPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases?q=%E6%97%A0');
    await answer([]);
    expect(textOf(page())).toContain('没有符合条件的案件');
  });

  it('says “more than” when the API stopped counting at its cap', async () => {
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'cases', component: CaseListPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases');
    await answer([listItem()], 10_000, true);
    expect(textOf(page())).toContain('共 10,000 余件');
  });
});
