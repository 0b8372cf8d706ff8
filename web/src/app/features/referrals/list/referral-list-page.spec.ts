import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '../../../core/api/api-types';
import type { ReferralListItem, ReferralPage } from '../../../core/api/referrals-api';
import { AuthService } from '../../../core/auth/auth.service';
import { buttonByText, chooseOption, overlayText, textOf } from '../../../../testing/dom';
import { MEDIATOR_YANG } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { ReferralListPage } from './referral-list-page';

const CENTRE = { id: MEDIATOR_YANG.organisationId, name: '老杨调解中心' };
const FENGQIAO = { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e12', name: '枫桥镇人民调解委员会' };
const COURT = { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e20', name: '诸暨市人民法院' };
const CASE_ID = '6c1f4f36-1f3e-4d6f-9a55-2f1b8b7f0a01';

const SFS_WANG: Me = {
  id: '0b7c6a52-3d7e-4a55-9d7e-7c9a8f1e2d06',
  username: 'sfs.wang',
  name: '王海燕',
  role: 'judicial_officer',
  organisationId: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e10',
  organisation: { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e10', name: '枫桥镇司法所', kind: 'judicial_office' },
  mustChangePassword: false,
  idleMinutes: 30,
};
const DIRECTOR_YANG: Me = { ...MEDIATOR_YANG, username: 'director.yang', name: '杨光照', role: 'director' };
const COURT_LI: Me = {
  ...MEDIATOR_YANG,
  username: 'court.li',
  name: '李敏',
  role: 'court_liaison',
  organisationId: COURT.id,
  organisation: { ...COURT, kind: 'court' },
};

function referral(overrides: Partial<ReferralListItem> = {}): ReferralListItem {
  return {
    id: 'd1f0c3a2-1111-4c1e-9d61-0a3b1b7c9e01',
    source: 'court_dispatch',
    externalRef: '(2026)浙0681民诉前调1234号',
    title: '物业费纠纷',
    summary: '业主拖欠物业费两年',
    disputeType: 'property_management',
    status: 'received',
    referringOrganisation: COURT,
    targetOrganisation: null,
    receivedAt: '2026-03-02T02:00:00.000Z',
    dueDate: '2026-04-01',
    caseId: null,
    caseNumber: null,
    caseStatus: null,
    outcome: null,
    ...overrides,
  };
}

const page = (items: ReferralListItem[]): ReferralPage => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('ReferralListPage (委派移交)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const isList = (req: { method: string; url: string }) =>
    req.method === 'GET' && req.url === '/api/referrals';

  async function open(user: Me, items: ReferralListItem[], url = '/referrals'): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'referrals', component: ReferralListPage },
        { path: 'referrals/:id', component: BlankPage },
        { path: 'cases/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.fixture.detectChanges();
    if (user.role === 'judicial_officer') {
      http.expectOne('/api/organisations/mediation-bodies').flush([CENTRE, FENGQIAO]);
    }
    http.expectOne(isList).flush(page(items));
    await stable();
  }

  afterEach(() => http.verify());

  it('shows a liaison its referrals with the case status and the outcome, and a button to file one', async () => {
    await open(COURT_LI, [
      referral({
        status: 'accepted',
        targetOrganisation: CENTRE,
        caseId: CASE_ID,
        caseNumber: '(2026)枫老调字第0007号',
        caseStatus: 'agreement_effective',
        outcome: 'agreement',
      }),
    ]);
    const row = root().querySelector<HTMLElement>('tr.referrals__row')!;
    expect(textOf(row)).toContain('(2026)浙0681民诉前调1234号');
    expect(textOf(row)).toContain('法院委派（诉前）');
    expect(textOf(row)).toContain('老杨调解中心');
    expect(textOf(row)).toContain('已受理');
    expect(textOf(row)).toContain('协议生效');
    expect(textOf(row)).toContain('办理结果：达成协议');
    expect(root().querySelector('a[href="/referrals/new"]')?.textContent).toContain('新建委派移交');
    expect(root().querySelector('th:last-child')?.textContent).not.toContain('操作');
  });

  it('filters by status through the address', async () => {
    await open(COURT_LI, [referral()]);
    Array.from(root().querySelectorAll<HTMLElement>('.ant-segmented-item'))
      .find((item) => item.textContent?.trim() === '已分拨')!
      .click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/referrals?status=dispatched');
    const filtered = http.expectOne(isList);
    expect(filtered.request.params.get('status')).toBe('dispatched');
    filtered.flush(page([]));
    await stable();
    expect(textOf(root())).toContain('没有委派移交的纠纷');
  });

  it('is the judicial office’s inbox: 分拨 sends a new referral to the committee chosen', async () => {
    await open(SFS_WANG, [
      referral(),
      referral({ id: 'd1f0c3a2-1111-4c1e-9d61-0a3b1b7c9e02', status: 'accepted' }),
    ]);
    expect(textOf(root())).toContain('委派移交收件箱');
    const rows = Array.from(root().querySelectorAll<HTMLElement>('tr.referrals__row'));
    expect(textOf(rows[0])).toContain('诸暨市人民法院');
    expect(textOf(rows[0])).toContain('未分拨');
    expect(rows[1].querySelector('button')).toBeNull();

    buttonByText(rows[0], '分拨').click();
    await stable();
    expect(overlayText()).toContain('来文字号：(2026)浙0681民诉前调1234号');

    // Without a committee nothing is sent.
    buttonByText(document.querySelector('.ant-modal-footer')!, '分拨').click();
    await stable();
    expect(overlayText()).toContain('请选择承办组织');
    http.expectNone((req) => req.url.endsWith('/dispatch'));

    await chooseOption(document.body, 'dispatch-target', '老杨调解中心', stable);
    buttonByText(document.querySelector('.ant-modal-footer')!, '分拨').click();
    await stable();
    const dispatch = http.expectOne(`/api/referrals/${referral().id}/dispatch`);
    expect(dispatch.request.method).toBe('POST');
    expect(dispatch.request.body).toEqual({ organisationId: CENTRE.id });
    dispatch.flush({});
    // The list reloads at once (a pending request keeps the fixture from being stable).
    await settle();
    expect(overlayText()).toContain('已分拨到老杨调解中心');
    http.expectOne(isList).flush(page([referral({ status: 'dispatched', targetOrganisation: CENTRE })]));
    await stable();
    expect(textOf(root().querySelector('tr.referrals__row')!)).toContain('已分拨');
  });

  it('keeps the dispatch dialog open with the API’s refusal', async () => {
    await open(SFS_WANG, [referral()]);
    buttonByText(root().querySelector('tr.referrals__row')!, '分拨').click();
    await stable();
    await chooseOption(document.body, 'dispatch-target', '枫桥镇人民调解委员会', stable);
    buttonByText(document.querySelector('.ant-modal-footer')!, '分拨').click();
    await stable();
    http
      .expectOne(`/api/referrals/${referral().id}/dispatch`)
      .flush(
        { statusCode: 409, code: 'ILLEGAL_TRANSITION', message: '该委派已分拨' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(document.querySelector('.ant-modal [role=alert]')?.textContent).toContain('该委派已分拨');
  });

  it('lets a committee director accept a dispatched referral and opens the new case', async () => {
    await open(DIRECTOR_YANG, [referral({ status: 'dispatched', targetOrganisation: CENTRE })]);
    expect(textOf(root())).toContain('委派移交来件');
    buttonByText(root().querySelector('tr.referrals__row')!, '受理').click();
    await stable();
    // 受理 delivers the rights notice to the parties: the user confirms it was.
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    expect(textOf(modal)).toContain('本案全部当事人');
    modal.querySelector<HTMLInputElement>('#rights-delivered')!.click();
    await stable();
    buttonByText(modal.querySelector('.ant-modal-footer')!, '受理').click();
    await stable();
    const accept = http.expectOne(`/api/referrals/${referral().id}/accept`);
    expect(accept.request.method).toBe('POST');
    expect(accept.request.body).toEqual({ rightsNotice: { method: 'written', acknowledged: true } });
    accept.flush({ caseId: CASE_ID });
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/cases/${CASE_ID}`);
  });

  it('lets a committee director return a referral with the reason', async () => {
    await open(DIRECTOR_YANG, [referral({ status: 'dispatched', targetOrganisation: CENTRE })]);
    buttonByText(root().querySelector('tr.referrals__row')!, '退回').click();
    await stable();
    const note = document.querySelector<HTMLTextAreaElement>('#dialog-note')!;
    note.value = '系行政争议，不属于人民调解范围。';
    note.dispatchEvent(new Event('input'));
    buttonByText(document.querySelector('.ant-modal-footer')!, '退回').click();
    await stable();
    const decline = http.expectOne(`/api/referrals/${referral().id}/decline`);
    expect(decline.request.body).toEqual({ reason: '系行政争议，不属于人民调解范围。' });
    decline.flush({});
    await settle();
    http.expectOne(isList).flush(page([]));
    await stable();
  });

  it('gives a recorder the list without accept or decline', async () => {
    await open({ ...MEDIATOR_YANG, role: 'recorder' }, [
      referral({ status: 'dispatched', targetOrganisation: CENTRE }),
    ]);
    expect(root().querySelector('tr.referrals__row button')).toBeNull();
  });
});
