import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { CaseDetail, FollowUp } from '../../../../core/api/api-types';
import { AGREEMENT_ID, MEDIATING, agreement } from '../../../../../testing/agreement-fixtures';
import { APPLICANT_ID, CASE_ID, RESPONDENT_ID } from '../../../../../testing/case-fixtures';
import { chooseOption, overlayText, textOf, typeInto } from '../../../../../testing/dom';
import { errorBody } from '../../../../../testing/fixtures';
import { provideTestApp, settle } from '../../../../../testing/providers';
import { chinaDay, localDate } from '../../../../shared/forms/dates';
import { FollowUpSection } from './follow-up-section';

const CONFIRMATION_ID = 'd0000000-0000-4000-8000-00000000c001';

/** Two terms: the payment (performed, with an urging before) and the apology (still open). */
const TERMS = [
  agreement().terms[0],
  {
    obligorPartyId: RESPONDENT_ID,
    obligeePartyId: APPLICANT_ID,
    kind: 'apologise' as const,
    text: '陈国强当面向何美兰赔礼道歉',
  },
];

const FOLLOW_UP: FollowUp = {
  performances: [
    {
      id: 'p1',
      agreementId: AGREEMENT_ID,
      termIndex: 0,
      performedAt: '2026-03-10T04:00:00.000Z',
      amount: '3000.00',
      proof: '收条一张',
    },
  ],
  urgings: [
    {
      id: 'u1',
      agreementId: AGREEMENT_ID,
      termIndex: 0,
      urgedAt: '2026-03-09T02:00:00.000Z',
      method: 'phone',
      note: '电话提醒陈国强按期付款',
    },
  ],
  returnVisits: [
    {
      id: 'v1',
      visitedAt: '2026-03-17T02:00:00.000Z',
      partyId: APPLICANT_ID,
      partyName: '何美兰',
      performance: 'partly',
      satisfaction: 4,
      residualRisk: 'low',
      note: '赔偿款已收到，尚未道歉',
    },
  ],
  judicialConfirmations: [],
  volume: null,
};

function effective(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    ...MEDIATING,
    status: 'performing',
    agreements: [
      {
        id: AGREEMENT_ID,
        agreementNumber: '(2026)枫老调协字第0001号',
        form: 'written',
        status: 'effective',
        effectiveAt: '2026-03-10T02:00:00.000Z',
        leavesMattersUnresolved: false,
      },
    ],
    followUp: FOLLOW_UP,
    ...overrides,
  };
}

describe('FollowUpSection (履行与回访)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FollowUpSection>;
  let changed: number;

  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;

  async function open(detail: CaseDetail = effective(), canChange = true): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FollowUpSection);
    fixture.componentRef.setInput('detail', detail);
    fixture.componentRef.setInput('canChange', canChange);
    changed = 0;
    fixture.componentInstance.changed.subscribe(() => changed++);
    fixture.detectChanges();
    http
      .expectOne(`/api/agreements/${AGREEMENT_ID}`)
      .flush(agreement({ status: 'effective', terms: TERMS, effectiveAt: '2026-03-10T02:00:00.000Z' }));
    await stable();
  }

  function button(text: string, within: ParentNode = root()): HTMLButtonElement {
    const found = Array.from(within.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  async function openDialog(text: string): Promise<HTMLElement> {
    button(text).click();
    await stable();
    return modal();
  }

  async function submit(text: string): Promise<void> {
    button(text, modal().querySelector('.ant-modal-footer')!).click();
    await stable();
  }

  function field(id: string): HTMLInputElement {
    return modal().querySelector<HTMLInputElement>(`#${id}`)!;
  }

  afterEach(() => {
    http.verify();
    // Modals live in the overlay container, outside the fixture.
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  it('shows each term with whether it was performed, and the urgings and return visits so far', async () => {
    await open();
    const text = textOf(root());
    expect(text).toContain('履行与回访');
    expect(text).toContain('调解协议 (2026)枫老调协字第0001号');
    const terms = Array.from(root().querySelectorAll<HTMLElement>('.term'));
    expect(textOf(terms[0])).toContain('第1项');
    expect(textOf(terms[0])).toContain('已履行（2026-03-10）');
    expect(textOf(terms[0])).toContain('履行凭证：收条一张');
    expect(textOf(terms[1])).toContain('陈国强当面向何美兰赔礼道歉');
    expect(textOf(terms[1])).toContain('未履行');
    expect(text).toContain('电话提醒陈国强按期付款');
    expect(text).toContain('何美兰');
    expect(text).toContain('部分履行');
    expect(text).toContain('遗留风险：低');
    expect(root().querySelector('nz-rate')?.getAttribute('aria-label')).toBe('满意度 4/5');
    const pack = Array.from(root().querySelectorAll('a')).find((a) =>
      a.textContent?.includes('下载申请材料'),
    );
    expect(pack?.getAttribute('href')).toBe(
      `/api/agreements/${AGREEMENT_ID}/judicial-confirmation.pdf?purpose=judicial_confirmation`,
    );
  });

  it('offers no forms to someone who may not change the case', async () => {
    await open(effective(), false);
    expect(root().querySelector('[role="toolbar"]')).toBeNull();
    expect(root().querySelectorAll('button')).toHaveLength(0);
  });

  it('records the performance of an open term with the exact body, then asks for the case again', async () => {
    await open();
    await openDialog('登记履行');
    // Only the open term is offered, and it is chosen already.
    expect(textOf(modal())).toContain('第2项 陈国强当面向何美兰赔礼道歉');
    typeInto(field('performance-amount'), '3千元');
    await submit('登记履行');
    expect(textOf(modal())).toContain('金额须为以元为单位的数字');
    http.expectNone((req) => req.url.endsWith('/performance'));

    typeInto(field('performance-amount'), '');
    typeInto(field('performance-proof'), '当面道歉，双方握手');
    await submit('登记履行');
    const request = http.expectOne(`/api/agreements/${AGREEMENT_ID}/performance`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      termIndex: 1,
      performedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      proof: '当面道歉，双方握手',
    });
    request.flush({ caseStatus: 'performed', outstanding: [] });
    await stable();
    expect(changed).toBe(1);
    expect(document.querySelector('.ant-modal')).toBeNull();
  });

  it('records a return visit only with a party, a satisfaction and a note', async () => {
    await open();
    await openDialog('登记回访');
    await submit('登记回访');
    const text = textOf(modal());
    expect(text).toContain('请选择回访的当事人');
    expect(text).toContain('请评定满意程度（1 到 5 颗星）');
    expect(text).toContain('请填写回访情况');
    http.expectNone(`/api/cases/${CASE_ID}/return-visits`);

    await chooseOption(modal(), 'visit-party', '申请人 何美兰', stable);
    const stars = modal().querySelectorAll<HTMLElement>('#visit-satisfaction .ant-rate-star-second');
    stars[4].click();
    Array.from(modal().querySelectorAll<HTMLElement>('#visit-risk .ant-segmented-item'))
      .find((item) => item.textContent?.trim() === '低')!
      .click();
    typeInto(field('visit-note'), '双方已和好，对结果满意');
    await stable();
    await submit('登记回访');
    const request = http.expectOne(`/api/cases/${CASE_ID}/return-visits`);
    expect(request.request.body).toEqual({
      visitedAt: expect.stringMatching(/Z$/),
      partyId: APPLICANT_ID,
      performance: 'performed',
      satisfaction: 5,
      residualRisk: 'low',
      note: '双方已和好，对结果满意',
    });
    request.flush({ id: 'v2' });
    await stable();
    expect(changed).toBe(1);
  });

  it('records an urging of the whole agreement by the chosen method', async () => {
    await open();
    await openDialog('督促履行');
    await submit('督促履行');
    expect(textOf(modal())).toContain('请填写督促情况');
    Array.from(modal().querySelectorAll<HTMLElement>('#urging-method .ant-segmented-item'))
      .find((item) => item.textContent?.trim() === '上门')!
      .click();
    typeInto(field('urging-note'), '上门提醒陈国强本周内道歉');
    await stable();
    await submit('督促履行');
    const request = http.expectOne(`/api/agreements/${AGREEMENT_ID}/urgings`);
    expect(request.request.body).toEqual({
      urgedAt: expect.stringMatching(/Z$/),
      method: 'visit',
      note: '上门提醒陈国强本周内道歉',
    });
    request.flush({ id: 'u2' });
    await stable();
    expect(changed).toBe(1);
  });

  it('applies for judicial confirmation, and shows why when the court window has closed', async () => {
    await open();
    await openDialog('申请司法确认');
    await submit('申请司法确认');
    expect(textOf(modal())).toContain('请填写受理法院');

    typeInto(field('confirmation-court'), '诸暨市人民法院');
    await submit('申请司法确认');
    const request = http.expectOne(`/api/agreements/${AGREEMENT_ID}/judicial-confirmation`);
    expect(request.request.body).toEqual({
      court: '诸暨市人民法院',
      appliedAt: chinaDay(),
    });
    request.flush(errorBody(422, 'CONFIRMATION_WINDOW_CLOSED', '申请司法确认的期限已于2026-04-09届满'), {
      status: 422,
      statusText: 'Unprocessable Entity',
    });
    await stable();
    expect(modal().querySelector('[role="alert"]')?.textContent).toContain(
      '申请司法确认的期限已于2026-04-09届满',
    );
    expect(changed).toBe(0);
    // The button waits while a request is under way, and works again after the refusal.
    expect(button('申请司法确认', modal().querySelector('.ant-modal-footer')!).disabled).toBe(false);
  });

  it('disables the submit button while saving', async () => {
    await open();
    await openDialog('申请司法确认');
    typeInto(field('confirmation-court'), '诸暨市人民法院');
    await submit('申请司法确认');
    const ok = modal().querySelector<HTMLButtonElement>('.ant-modal-footer .ant-btn-primary')!;
    expect(ok.classList).toContain('ant-btn-loading');
    http.expectOne(`/api/agreements/${AGREEMENT_ID}/judicial-confirmation`).flush({
      id: CONFIRMATION_ID,
      court: '诸暨市人民法院',
      appliedAt: '2026-03-12',
      status: 'applied',
      rulingNumber: null,
      rulingDate: null,
    });
    await settle();
    await stable();
    expect(changed).toBe(1);
  });

  it('records the ruling of an application, which needs its number and date', async () => {
    await open(
      effective({
        followUp: {
          ...FOLLOW_UP,
          judicialConfirmations: [
            {
              id: CONFIRMATION_ID,
              agreementId: AGREEMENT_ID,
              court: '诸暨市人民法院',
              appliedAt: '2026-03-12',
              status: 'accepted',
              rulingNumber: null,
              rulingDate: null,
            },
          ],
        },
      }),
    );
    expect(textOf(root())).toContain('法院已受理');
    // One application at a time.
    expect(() => button('申请司法确认')).toThrow();
    await openDialog('更新状态');
    await submit('更新状态');
    expect(textOf(modal())).toContain('法院已裁定，请填写裁定书文号');
    expect(textOf(modal())).toContain('法院已裁定，请填写裁定日期');

    typeInto(field('confirmation-ruling-number'), '（2026）浙0681民特123号');
    // The ruling came today: picked on the calendar.
    field('confirmation-ruling-date').click();
    await stable();
    document.querySelector<HTMLElement>('.ant-picker-cell-today .ant-picker-cell-inner')!.click();
    await stable();
    await submit('更新状态');
    const request = http.expectOne(`/api/judicial-confirmations/${CONFIRMATION_ID}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      status: 'confirmed',
      rulingNumber: '（2026）浙0681民特123号',
      rulingDate: localDate(new Date()),
    });
    request.flush({});
    await stable();
    expect(changed).toBe(1);
    expect(overlayText()).toContain('已保存');
  });
});
