import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '../../../core/api/api-types';
import type { ReferralDetail } from '../../../core/api/referrals-api';
import { AuthService } from '../../../core/auth/auth.service';
import { buttonByText, overlayText, textOf } from '../../../../testing/dom';
import { MEDIATOR_YANG } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { ReferralDetailPage } from './referral-detail-page';

const ID = 'd1f0c3a2-1111-4c1e-9d61-0a3b1b7c9e01';
const CASE_ID = '6c1f4f36-1f3e-4d6f-9a55-2f1b8b7f0a01';
const COURT = { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e20', name: '诸暨市人民法院' };
const CENTRE = { id: MEDIATOR_YANG.organisationId, name: '老杨调解中心' };
const COURT_LI: Me = {
  ...MEDIATOR_YANG,
  username: 'court.li',
  name: '李敏',
  role: 'court_liaison',
  organisationId: COURT.id,
  organisation: { ...COURT, kind: 'court' },
};

function detail(overrides: Partial<ReferralDetail> = {}): ReferralDetail {
  return {
    id: ID,
    source: 'court_dispatch',
    externalRef: '(2026)浙0681民诉前调1234号',
    title: '物业服务合同纠纷',
    summary: '业主拖欠物业费两年',
    disputeType: 'property_management',
    status: 'closed',
    referringOrganisation: COURT,
    targetOrganisation: CENTRE,
    receivedAt: '2026-03-02T02:00:00.000Z',
    dueDate: '2026-04-01',
    caseId: CASE_ID,
    caseNumber: '(2026)枫老调字第0007号',
    caseStatus: 'agreement_effective',
    outcome: 'agreement',
    contact: '李敏 0575-87000000',
    parties: [
      { role: 'applicant', kind: 'organisation', name: '枫桥物业管理有限公司' },
      { role: 'respondent', kind: 'person', name: '周海平' },
    ],
    declinedReason: null,
    dispatchedAt: '2026-03-02T03:00:00.000Z',
    acceptedAt: '2026-03-02T04:00:00.000Z',
    feedbackDueAt: null,
    firstFeedbackAt: null,
    undisputedFacts: null,
    agreement: {
      id: 'a1',
      agreementNumber: '(2026)枫老调字第0007号',
      effectiveAt: '2026-03-20T06:00:00.000Z',
    },
    terminationReason: null,
    routesInformed: null,
    events: [
      {
        at: '2026-03-20T06:00:00.000Z',
        kind: 'outcome',
        summary: '达成调解协议，结果回函已可下载',
        actorName: null,
      },
      { at: '2026-03-02T02:00:00.000Z', kind: 'received', summary: '诸暨市人民法院移交', actorName: '李敏' },
    ],
    ...overrides,
  };
}

describe('ReferralDetailPage (委派详情)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const root = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();

  async function open(user: Me, answer: ReferralDetail): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'referrals/:id', component: ReferralDetailPage },
        { path: 'cases/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/referrals/${ID}`);
    http.expectOne(`/api/referrals/${ID}`).flush(answer);
    await stable();
  }

  afterEach(() => http.verify());

  it('shows the referrer the outcome, the result letter and the agreement to download, oldest step first', async () => {
    await open(COURT_LI, detail());
    const outcome = root().querySelector<HTMLElement>('nz-card.outcome')!;
    expect(textOf(outcome)).toContain('达成协议');
    expect(textOf(outcome)).toContain('(2026)枫老调字第0007号');
    const links = Array.from(outcome.querySelectorAll('a')).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['下载回函', `/api/referrals/${ID}/feedback.pdf`],
      ['下载调解协议', `/api/referrals/${ID}/agreement.pdf`],
    ]);
    const steps = Array.from(root().querySelectorAll('.timeline__summary')).map((e) => e.textContent?.trim());
    expect(steps).toEqual(['诸暨市人民法院移交', '达成调解协议，结果回函已可下载']);
    // The case file is not the court's to open.
    expect(root().querySelector(`a[href="/cases/${CASE_ID}"]`)).toBeNull();
    expect(root().querySelector('.page-header button')).toBeNull();
  });

  it('says the outcome is not ready yet and offers no letter', async () => {
    await open(
      COURT_LI,
      detail({ status: 'accepted', outcome: null, agreement: null, caseStatus: 'in_mediation' }),
    );
    expect(textOf(root())).toContain('尚未办结');
    expect(root().querySelector('nz-card.outcome a')).toBeNull();
  });

  it('shows a failed mediation with the undisputed facts', async () => {
    await open(
      COURT_LI,
      detail({
        outcome: 'terminated',
        agreement: null,
        caseStatus: 'terminated',
        terminationReason: '被申请人拒绝继续调解',
        routesInformed: '可向人民法院提起诉讼',
        undisputedFacts: '双方确认物业服务合同真实有效',
      }),
    );
    const outcome = textOf(root().querySelector<HTMLElement>('nz-card.outcome')!);
    expect(outcome).toContain('调解终止');
    expect(outcome).toContain('被申请人拒绝继续调解');
    expect(outcome).toContain('双方确认物业服务合同真实有效');
    expect(outcome).toContain('下载回函');
    expect(outcome).not.toContain('下载调解协议');
  });

  it('lets the committee send the first feedback to the referrer', async () => {
    await open(
      { ...MEDIATOR_YANG, role: 'director' },
      detail({ status: 'accepted', outcome: null, agreement: null, caseStatus: 'accepted' }),
    );
    expect(root().querySelector(`a[href="/cases/${CASE_ID}"]`)).not.toBeNull();
    buttonByText(root(), '反馈委派单位').click();
    await stable();
    const note = document.querySelector<HTMLTextAreaElement>('#dialog-note')!;
    note.value = '已受理，定于明日调解。';
    note.dispatchEvent(new Event('input'));
    buttonByText(document.querySelector('.ant-modal-footer')!, '发送').click();
    await stable();
    const feedback = http.expectOne(`/api/referrals/${ID}/feedback`);
    expect(feedback.request.body).toEqual({ note: '已受理，定于明日调解。' });
    feedback.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(overlayText()).toContain('已反馈委派单位');
    http
      .expectOne(`/api/referrals/${ID}`)
      .flush(detail({ status: 'accepted', firstFeedbackAt: '2026-03-02T05:00:00.000Z' }));
    await stable();
  });
});
