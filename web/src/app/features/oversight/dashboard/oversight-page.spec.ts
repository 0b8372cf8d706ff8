import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '../../../core/api/api-types';
import { AuthService } from '../../../core/auth/auth.service';
import { MEDIATOR_YANG } from '../../../../testing/fixtures';
import type { OversightCasePage, OversightSummary } from '../../../core/api/oversight-api';
import { buttonByText, overlayText, textOf } from '../../../../testing/dom';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { OversightPage } from './oversight-page';

const CENTRE = { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e11', name: '老杨调解中心' };
const FENGQIAO = { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e12', name: '枫桥镇人民调解委员会' };
const SFS_WANG: Me = {
  ...MEDIATOR_YANG,
  username: 'sfs.wang',
  name: '王海燕',
  role: 'judicial_officer',
  organisationId: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e10',
  organisation: { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e10', name: '枫桥镇司法所', kind: 'judicial_office' },
};
const LATE_CASE = '6c1f4f36-1f3e-4d6f-9a55-2f1b8b7f0a01';

const SUMMARY: OversightSummary = {
  lights: { green: 9, yellow: 2, red: 3, paused: 1 },
  openReferrals: 5,
  unassignedReferrals: 2,
  openEscalations: 1,
  lateEscalations: 1,
  overdue: [
    {
      caseId: LATE_CASE,
      caseNumber: '(2026)枫老调字第0007号',
      title: '物业费纠纷',
      organisationName: '老杨调解中心',
      label: '法院委派期限',
      dueAt: '2026-03-01T08:00:00.000Z',
    },
  ],
  committees: [
    { organisationId: CENTRE.id, name: '老杨调解中心', open: 12, red: 3, yellow: 1 },
    { organisationId: FENGQIAO.id, name: '枫桥镇人民调解委员会', open: 3, red: 0, yellow: 1 },
  ],
  mediators: [{ mediatorId: 'm1', name: '杨建国', organisationName: '老杨调解中心', open: 7 }],
};

const CASES: OversightCasePage = {
  items: [
    {
      caseId: LATE_CASE,
      caseNumber: '(2026)枫老调字第0007号',
      title: '物业费纠纷',
      organisationName: '老杨调解中心',
      status: 'in_mediation',
      light: 'red',
      dueAt: '2026-03-01T08:00:00.000Z',
      label: '法院委派期限',
    },
  ],
  total: 1,
  page: 1,
  pageSize: 20,
};

describe('OversightPage (督导看板)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const summaryRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/oversight/summary');
  const casesRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/oversight/cases');

  async function open(
    url = '/oversight',
    user: Me = SFS_WANG,
  ): Promise<{ summary: TestRequest; cases: TestRequest }> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'oversight', component: OversightPage },
        { path: 'cases/:id', component: BlankPage },
        { path: 'referrals', component: BlankPage },
        { path: 'escalations', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.fixture.detectChanges();
    http.expectOne('/api/organisations/mediation-bodies').flush([CENTRE, FENGQIAO]);
    const summary = summaryRequest();
    const cases = casesRequest();
    summary.flush(SUMMARY);
    cases.flush(CASES);
    await stable();
    return { summary, cases };
  }

  afterEach(() => http.verify());

  it('shows the counts by light as cards, red first, and the referrals to dispatch', async () => {
    const { summary, cases } = await open();
    expect(summary.request.params.has('organisationId')).toBe(false);
    expect(cases.request.params.get('light')).toBe('red');
    const cards = Array.from(root().querySelectorAll('.counts button')).map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(cards).toEqual(['已超期：3 件', '即将到期：2 件', '正常：9 件', '已暂停：1 件']);
    expect(root().querySelector('[data-testid=open-referrals]')?.textContent?.trim()).toBe('5');
    expect(root().querySelector('[data-testid=unassigned-referrals]')?.textContent?.trim()).toBe('2');
    expect(
      root().querySelector('[data-testid=unassigned-referrals]')?.closest('a')?.getAttribute('href'),
    ).toBe('/referrals?status=received');
    // 风险报告 not yet acknowledged, one of them late, open the office's 风险报告 page.
    const escalations = root().querySelector('[data-testid=open-escalations]')!.closest('a')!;
    expect(escalations.textContent).toContain('待签收风险报告');
    expect(escalations.textContent).toContain('1 件已超时');
    expect(escalations.getAttribute('href')).toBe('/escalations');
  });

  it('lists overdue cases with links to them, and the load per committee and per mediator', async () => {
    await open();
    const overdue = root().querySelector<HTMLElement>('tr.overdue__row')!;
    expect(textOf(overdue)).toContain('物业费纠纷');
    expect(textOf(overdue)).toContain('(2026)枫老调字第0007号');
    expect(textOf(overdue)).toContain('法院委派期限');
    expect(overdue.querySelector('a')?.getAttribute('href')).toBe(`/cases/${LATE_CASE}`);
    const committees = Array.from(root().querySelectorAll<HTMLElement>('tr.committees__row')).map(textOf);
    expect(committees[0]).toMatch(/老杨调解中心\s*12\s*3\s*1/);
    expect(committees[1]).toContain('枫桥镇人民调解委员会');
    expect(textOf(root().querySelector('tr.mediators__row')!)).toMatch(/杨建国\s*老杨调解中心\s*7/);
    expect(textOf(root().querySelector('tr.cases__row')!)).toContain('调解中');
  });

  it('shows another light’s cases when its card is clicked', async () => {
    await open();
    root().querySelectorAll<HTMLButtonElement>('.counts button')[1].click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/oversight?light=yellow');
    const cases = casesRequest();
    expect(cases.request.params.get('light')).toBe('yellow');
    cases.flush({ ...CASES, items: [], total: 0 });
    await stable();
    expect(textOf(root())).toContain('即将到期的案件');
    expect(textOf(root())).toContain('没有该状态的案件');
  });

  it('narrows everything to the organisation in the address', async () => {
    const { summary, cases } = await open(`/oversight?organisationId=${CENTRE.id}`);
    expect(summary.request.params.get('organisationId')).toBe(CENTRE.id);
    expect(cases.request.params.get('organisationId')).toBe(CENTRE.id);
  });

  it('sends a 督办 with a note from the overdue list', async () => {
    await open();
    buttonByText(root().querySelector('tr.overdue__row')!, '督办').click();
    await stable();
    expect(overlayText()).toContain('(2026)枫老调字第0007号 物业费纠纷');
    const note = document.querySelector<HTMLTextAreaElement>('#dialog-note')!;
    note.value = '该案已超期，请于三日内报告进展。';
    note.dispatchEvent(new Event('input'));
    buttonByText(document.querySelector('.ant-modal-footer')!, '发出督办').click();
    await stable();
    const supervise = http.expectOne(`/api/cases/${LATE_CASE}/supervise`);
    expect(supervise.request.method).toBe('POST');
    expect(supervise.request.body).toEqual({ note: '该案已超期，请于三日内报告进展。' });
    supervise.flush({}, { status: 201, statusText: 'Created' });
    await stable();
    expect(overlayText()).toContain('督办已发出');
  });

  it('shows the county bureau the overdue cases without 督办, which is the office’s', async () => {
    await open('/oversight', { ...SFS_WANG, role: 'county_bureau' });
    expect(textOf(root().querySelector('tr.overdue__row')!)).toContain('物业费纠纷');
    expect(root().querySelector('tr.overdue__row button')).toBeNull();
  });
});
