import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CaseDetail, Me } from '../../../core/api/api-types';
import { AuthService } from '../../../core/auth/auth.service';
import { APPLICANT_ID, CASE_ID, RESPONDENT_ID, caseDetail, session } from '../../../../testing/case-fixtures';
import { chooseOption, overlayText, textOf, typeInto } from '../../../../testing/dom';
import { MEDIATOR_YANG, errorBody } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { CaseDetailPage } from './case-detail-page';

const JUDICIAL_OFFICER: Me = { ...MEDIATOR_YANG, name: '王海燕', role: 'judicial_officer' };
const DIRECTOR: Me = { ...MEDIATOR_YANG, name: '杨光照', role: 'director' };
const COUNTY_BUREAU: Me = { ...MEDIATOR_YANG, name: '周文', role: 'county_bureau' };
const REFERRAL_ID = 'e0000000-0000-4000-8000-0000000000f1';
const ALL_ACTIONS = [
  '受理',
  '不予受理',
  '指派调解员',
  '中止调解',
  '恢复调解',
  '延长期限',
  '终止调解',
  '移送',
  '结案',
  '归档',
];

/** Both parties told their rights in writing at the counter. */
const TOLD: CaseDetail['consents'] = [APPLICANT_ID, RESPONDENT_ID].map((partyId, i) => ({
  id: `c0000000-0000-4000-8000-00000000000${i}`,
  partyId,
  kind: 'rights_notice',
  given: true,
  method: 'written',
  at: '2026-03-01T01:00:00.000Z',
  note: null,
  recordedByName: '杨建国',
}));

describe('CaseDetailPage (案件详情)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const page = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const toolbarButtons = () =>
    Array.from(page().querySelectorAll('[role="toolbar"] button, [role="toolbar"] a')).map((b) =>
      b.textContent?.trim(),
    );

  async function open(detail: CaseDetail, user: Me = MEDIATOR_YANG): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'cases/:id', component: CaseDetailPage },
        { path: 'cases/:id/sessions/new', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${CASE_ID}`);
    harness.fixture.detectChanges();
    http.expectOne(`/api/cases/${CASE_ID}`).flush(detail);
    await stable();
    // 证据材料 and 调查记录 load on their own (records/evidence-card.spec.ts, investigations-card.spec.ts).
    http.expectOne(`/api/cases/${CASE_ID}/evidence`).flush([]);
    http.expectOne(`/api/cases/${CASE_ID}/investigations`).flush([]);
    await stable();
  }

  function button(text: string, root: ParentNode = page()): HTMLButtonElement {
    const found = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  afterEach(() => http.verify());

  it('shows the case number, title, status, facts, parties and timeline', async () => {
    await open(caseDetail({ riskLevel: 'orange' }));
    const text = textOf(page());
    expect(text).toContain('(2026)枫老调字第0001号');
    expect(text).toContain('查询码 3F9A21C07B4E');
    expect(page().querySelector('h1')?.textContent).toContain('楼上漏水纠纷');
    expect(page().querySelector('tj-case-status-tag')?.textContent).toContain('登记');
    expect(text).toContain('橙色风险');
    expect(text).toContain('楼上住户家中漏水,业主已搬走。');
    expect(text).toContain('钱秀英');
    expect(text).toContain('330681198503150021');
    expect(page().querySelector('nz-timeline')?.textContent).toContain('登记纠纷');
  });

  it('offers only the transitions in allowedActions, plus the records a mediator can add', async () => {
    await open(caseDetail({ allowedActions: ['accept', 'reject', 'transfer'] }));
    const buttons = toolbarButtons();
    expect(buttons.filter((b) => ALL_ACTIONS.includes(b ?? ''))).toEqual(['受理', '不予受理', '移送']);
    expect(buttons).toEqual(expect.arrayContaining(['风险上报', '记录拒绝调解', '回避/利益冲突']));
    expect(buttons).not.toContain('记录调解');
  });

  it('offers 记录调解 while the case is in mediation, and never 指派调解员 to a mediator', async () => {
    // An answer that still lists 指派 (only the director assigns) must not bring the button back.
    await open(
      caseDetail({
        status: 'in_mediation',
        allowedActions: ['assign', 'pause', 'extend', 'terminate', 'transfer'],
      }),
    );
    const link = Array.from(page().querySelectorAll('a')).find((a) => a.textContent?.trim() === '记录调解');
    expect(link?.getAttribute('href')).toBe(`/cases/${CASE_ID}/sessions/new`);
    expect(toolbarButtons().filter((b) => ALL_ACTIONS.includes(b ?? ''))).toEqual([
      '中止调解',
      '延长期限',
      '终止调解',
      '移送',
    ]);
  });

  const link = (text: string) =>
    Array.from(page().querySelectorAll('a')).find((a) => a.textContent?.trim() === text);

  it('offers 起草调解协议 while the case is in mediation', async () => {
    await open(caseDetail({ status: 'in_mediation', allowedActions: ['pause', 'terminate'] }));
    expect(link('起草调解协议')?.getAttribute('href')).toBe(`/cases/${CASE_ID}/agreements/new`);
    expect(link('调解协议')).toBeUndefined();
  });

  it('opens the current agreement instead of drafting another', async () => {
    await open(
      caseDetail({
        status: 'agreement_pending',
        allowedActions: ['pause', 'terminate'],
        agreements: [
          {
            id: 'b2c3d4e5-0000-4000-8000-00000000a000',
            agreementNumber: '(2026)枫老调字第0001号',
            form: 'written',
            status: 'superseded',
            effectiveAt: '2026-03-01T01:00:00.000Z',
            leavesMattersUnresolved: false,
          },
          {
            id: 'b2c3d4e5-0000-4000-8000-00000000a001',
            agreementNumber: '(2026)枫老调字第0001号',
            form: 'written',
            status: 'signing',
            effectiveAt: null,
            leavesMattersUnresolved: false,
          },
        ],
      }),
    );
    expect(link('起草调解协议')).toBeUndefined();
    expect(link('调解协议')?.getAttribute('href')).toBe(
      `/cases/${CASE_ID}/agreements/b2c3d4e5-0000-4000-8000-00000000a001`,
    );
  });

  it('offers no 起草调解协议 before mediation starts', async () => {
    await open(caseDetail());
    expect(Array.from(page().querySelectorAll('a')).some((a) => a.textContent?.includes('调解协议'))).toBe(
      false,
    );
  });

  it('shows a judicial officer masked data and no buttons to change the case', async () => {
    await open(
      caseDetail({
        personalDataVisible: false,
        parties: [{ ...caseDetail().parties[0], idNumber: '330681********0021', phone: '138****0001' }],
      }),
      JUDICIAL_OFFICER,
    );
    // 督办 only urges the team; nothing that changes the case.
    expect(toolbarButtons()).toEqual(['督办']);
    expect(textOf(page())).toContain('已脱敏');
    expect(textOf(page())).toContain('330681********0021');
  });

  it('prints a form chosen with its purpose: the PDF opens with ?purpose=, audited by the API', async () => {
    const opened = jest.spyOn(window, 'open').mockReturnValue(null);
    await open(caseDetail({ sessions: [session()] }));
    button('打印文书').click();
    await stable();
    const overlay = () => document.body;
    const radio = (text: string) =>
      Array.from(overlay().querySelectorAll<HTMLElement>('label[nz-radio]')).find(
        (l) => l.textContent?.trim() === text,
      )!;
    expect(overlayText()).toContain('人民调解记录(2026-03-02)');
    expect(overlayText()).not.toContain('终止调解告知书');
    expect(overlayText()).not.toContain('供当事人签署');
    radio('当事人权利义务告知书').click();
    radio('送达当事人').click();
    await stable();
    button('打开并打印', overlay()).click();
    await stable();
    expect(opened).toHaveBeenCalledWith(
      `/api/cases/${CASE_ID}/documents/rights-notice.pdf?purpose=service`,
      '_blank',
      'noopener',
    );
    opened.mockRestore();
  });

  const offersPrinting = () =>
    Array.from(page().querySelectorAll('button')).some((b) => b.textContent?.includes('打印文书'));

  it('offers no printing to a judicial officer (the policy lets the team and the director print)', async () => {
    await open(caseDetail({ personalDataVisible: false }), JUDICIAL_OFFICER);
    expect(offersPrinting()).toBe(false);
  });

  it('offers the director off the team printing, masked as he reads the case', async () => {
    await open(caseDetail({ personalDataVisible: false }), DIRECTOR);
    expect(offersPrinting()).toBe(true);
  });

  it('offers the director no printing of a sensitive case whose texts are withheld from him', async () => {
    await open(
      caseDetail({ personalDataVisible: false, sensitivity: 'family', sensitiveContentVisible: false }),
      DIRECTOR,
    );
    expect(offersPrinting()).toBe(false);
  });

  it('shows private notes in a marked box when the API sent them, and hides the box otherwise', async () => {
    await open(
      caseDetail({
        status: 'in_mediation',
        sessions: [
          session({
            id: 's-2',
            mode: 'back_to_back',
            privateNotes: '装修损失可以只要一半',
            hasPrivateNotes: true,
          }),
          session({ id: 's-1', mode: 'site_visit' }),
        ],
      }),
    );
    const boxes = page().querySelectorAll('tj-private-box');
    expect(boxes).toHaveLength(1);
    expect(textOf(boxes[0] as HTMLElement)).toContain('私密笔记 · 仅本案调解员可见');
    expect(textOf(boxes[0] as HTMLElement)).toContain('装修损失可以只要一半');
    expect(textOf(page())).toContain('背靠背');
    expect(textOf(page())).toContain('现场查看');
  });

  it('does not show private notes to someone the API withheld them from', async () => {
    await open(caseDetail({ sessions: [session({ mode: 'back_to_back', hasPrivateNotes: true })] }), {
      ...MEDIATOR_YANG,
      role: 'director',
    });
    expect(page().querySelector('tj-private-box')).toBeNull();
    expect(textOf(page())).not.toContain('私密笔记 · 仅本案调解员可见');
    expect(textOf(page())).toContain('本次调解有私密笔记,仅本案调解员可见');
  });

  it('accepts a case only with the rights notice: the dialog names who is told and sends how', async () => {
    await open(caseDetail());
    button('受理').click();
    await stable();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    expect(textOf(modal)).toContain('权利义务告知书');
    const check = (text: string) =>
      Array.from(modal.querySelectorAll<HTMLElement>('label'))
        .find((label) => label.textContent?.includes(text))!
        .querySelector<HTMLInputElement>('input[type=checkbox]')!;
    // The applicant must be told; the owner upstairs, not reached yet, can be told before his session.
    expect(check('申请人 钱秀英').disabled).toBe(true);
    check('被申请人 沈翊珩').click();
    await stable();
    // Nothing goes until the user confirms the notice was delivered.
    const ok = button('受理', modal.querySelector('.ant-modal-footer')!);
    expect(ok.disabled).toBe(true);
    check('我已向上述当事人送达告知书').click();
    await stable();
    Array.from(modal.querySelectorAll<HTMLElement>('#rights-notice-method .ant-segmented-item'))
      .find((item) => item.textContent?.trim() === '口头告知')!
      .click();
    await stable();
    button('受理', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/accept`);
    expect(request.request.body).toEqual({
      version: 3,
      rightsNotice: { method: 'oral', acknowledged: true, partyIds: [APPLICANT_ID] },
    });
    request.flush(
      caseDetail({ status: 'accepted', version: 4, allowedActions: ['assign', 'terminate', 'transfer'] }),
    );
    await stable();
    expect(page().querySelector('tj-case-status-tag')?.textContent).toContain('受理');
    expect(toolbarButtons()).toEqual(expect.arrayContaining(['终止调解', '移送']));
    expect(toolbarButtons()).not.toContain('指派调解员');
  });

  it('accepts at once when every party was already told its rights, and shows the records', async () => {
    await open(caseDetail({ consents: TOLD }));
    expect(textOf(page())).toContain('送达权利义务告知书(书面,当事人已确认)');
    expect(textOf(page())).not.toContain('未送达权利义务告知书');
    button('受理').click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/accept`);
    expect(request.request.body).toEqual({ version: 3 });
    request.flush(caseDetail({ status: 'accepted', version: 4, consents: TOLD, allowedActions: [] }));
    await stable();
  });

  it('tells the user when someone else changed the case first, and reloads it', async () => {
    await open(caseDetail({ consents: TOLD }));
    button('受理').click();
    await stable();
    http
      .expectOne(`/api/cases/${CASE_ID}/accept`)
      .flush(errorBody(409, 'VERSION_CONFLICT', '该记录已被他人修改,请刷新后重试'), {
        status: 409,
        statusText: 'Conflict',
      });
    harness.fixture.detectChanges();
    await settle();
    expect(overlayText()).toContain('该案件刚被他人修改,已为您重新加载最新内容');
    http
      .expectOne(`/api/cases/${CASE_ID}`)
      .flush(caseDetail({ status: 'accepted', version: 4, allowedActions: [] }));
    await stable();
    expect(page().querySelector('tj-case-status-tag')?.textContent).toContain('受理');
  });

  it('asks for a reason before 不予受理', async () => {
    await open(caseDetail());
    button('不予受理').click();
    await stable();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    expect(textOf(modal)).toContain('原因');

    button('不予受理', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    expect(textOf(modal)).toContain('请填写原因');
    http.expectNone(`/api/cases/${CASE_ID}/reject`);

    typeInto(modal.querySelector('#dialog-reason') as HTMLInputElement, '不属于人民调解受理范围');
    button('不予受理', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/reject`);
    expect(request.request.body).toEqual({ version: 3, reason: '不属于人民调解受理范围' });
    request.flush(caseDetail({ status: 'not_accepted', version: 4, allowedActions: ['close'] }));
    await stable();
    expect(page().querySelector('tj-case-status-tag')?.textContent).toContain('不予受理');
  });

  it('completes a party reached later (更正): sends only what changed, with the reason, on the version seen', async () => {
    await open(caseDetail());
    const edit = page().querySelector<HTMLButtonElement>('[aria-label="更正当事人沈翊珩的信息"]')!;
    edit.click();
    await stable();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    expect(textOf(modal)).toContain('更正当事人信息:沈翊珩');
    typeInto(modal.querySelector('#party-phone') as HTMLInputElement, '138 5751 2309');
    typeInto(modal.querySelector('#party-address') as HTMLInputElement, '枫溪小区3幢502室');
    button('保存更正', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    expect(textOf(modal)).toContain('请填写更正理由');
    http.expectNone(`/api/cases/${CASE_ID}/parties/${RESPONDENT_ID}`);
    typeInto(modal.querySelector('#party-reason') as HTMLInputElement, '已联系到楼上业主本人');
    button('保存更正', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/parties/${RESPONDENT_ID}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      version: 3,
      reason: '已联系到楼上业主本人',
      phone: '13857512309',
      address: '枫溪小区3幢502室',
    });
    request.flush({
      id: RESPONDENT_ID,
      role: 'respondent',
      kind: 'person',
      name: '沈翊珩',
      phone: '13857512309',
    });
    await stable();
    const corrected = caseDetail({ version: 4 });
    http.expectOne(`/api/cases/${CASE_ID}`).flush({
      ...corrected,
      parties: [corrected.parties[0], { ...corrected.parties[1], phone: '13857512309' }],
    });
    await stable();
    // Shown in groups, as people read a number out (libs/contracts/src/phone.ts).
    expect(textOf(page())).toContain('138 5751 2309');
    expect(textOf(page())).toContain('138 0000 0001');
  });

  it('fills sex and birth date from a resident ID number typed in 更正, says so, and sends them', async () => {
    await open(caseDetail());
    page().querySelector<HTMLButtonElement>('[aria-label="更正当事人沈翊珩的信息"]')!.click();
    await stable();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    // A wrong check digit fills nothing.
    typeInto(modal.querySelector('#party-id') as HTMLInputElement, '330681197807204515');
    await stable();
    expect((modal.querySelector('#party-birth') as HTMLInputElement).value).toBe('');
    typeInto(modal.querySelector('#party-id') as HTMLInputElement, '330681197807204514');
    await stable();
    expect((modal.querySelector('#party-birth') as HTMLInputElement).value).toBe('1978-07-20');
    expect(textOf(modal.querySelector('#party-sex')!.closest('nz-form-item') as HTMLElement)).toContain('男');
    expect(textOf(modal)).toContain('已按身份证号码填写性别(男)、出生日期(1978-07-20),请核对');
    typeInto(modal.querySelector('#party-reason') as HTMLInputElement, '当事人出示身份证');
    button('保存更正', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/parties/${RESPONDENT_ID}`);
    expect(request.request.body).toEqual({
      version: 3,
      reason: '当事人出示身份证',
      idNumber: '330681197807204514',
      sex: 'male',
      birthDate: '1978-07-20',
    });
    request.flush({ id: RESPONDENT_ID, role: 'respondent', kind: 'person', name: '沈翊珩' });
    await stable();
    http.expectOne(`/api/cases/${CASE_ID}`).flush(caseDetail({ version: 4 }));
    await stable();
  });

  it('offers 更正 to no one the policy refuses, nor on a finished case', async () => {
    await open(caseDetail({ status: 'closed', allowedActions: ['archive'] }));
    expect(page().querySelector('[aria-label^="更正当事人"]')).toBeNull();
  });

  it('offers a judicial officer no 更正', async () => {
    await open(caseDetail({ personalDataVisible: false }), JUDICIAL_OFFICER);
    expect(page().querySelector('[aria-label^="更正当事人"]')).toBeNull();
  });

  it('asks the director for the remedies told before closing a breached case', async () => {
    await open(caseDetail({ status: 'breached', allowedActions: ['close'] }), DIRECTOR);
    button('结案').click();
    await stable();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    expect(textOf(modal)).toContain('已告知当事人的救济途径');
    typeInto(modal.querySelector('#dialog-reason') as HTMLInputElement, '已告知申请人可向人民法院起诉');
    button('结案', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/close`);
    expect(request.request.body).toEqual({
      version: 3,
      unperformedRoutesInformed: '已告知申请人可向人民法院起诉',
    });
    request.flush(caseDetail({ status: 'closed', version: 4, allowedActions: ['archive'] }));
    await stable();
    expect(page().querySelector('tj-case-status-tag')?.textContent).toContain('结案');
  });

  it('asks for the court’s consent when extending a court-dispatched case, and sends it when given', async () => {
    await open(caseDetail({ status: 'in_mediation', source: 'court_dispatch', allowedActions: ['extend'] }));
    button('延长期限').click();
    await stable();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    expect(textOf(modal)).toContain('超过时须经法院同意');
    const days = modal.querySelector('#extend-days') as HTMLInputElement;
    typeInto(days, '15');
    days.dispatchEvent(new Event('blur'));
    modal.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((box) => box.click());
    typeInto(modal.querySelector('#extend-court-by') as HTMLInputElement, '诸暨市人民法院立案庭 李敏');
    typeInto(modal.querySelector('#extend-court-at') as HTMLInputElement, '2026-03-20');
    await stable();
    button('延长期限', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/extend`);
    expect(request.request.body).toMatchObject({
      version: 3,
      days: 15,
      courtConsent: { by: '诸暨市人民法院立案庭 李敏', at: '2026-03-20' },
    });
    request.flush(caseDetail({ status: 'in_mediation', version: 4 }));
    await stable();
  });

  it('offers no court consent on an ordinary case', async () => {
    await open(caseDetail({ status: 'in_mediation', allowedActions: ['extend'] }));
    button('延长期限').click();
    await stable();
    expect(document.querySelector('#extend-court-by')).toBeNull();
  });

  it('records that a party refused mediation', async () => {
    await open(caseDetail());
    button('记录拒绝调解').click();
    await stable();
    const modal = document.querySelector('.ant-modal') as HTMLElement;
    await chooseOption(modal, 'refusal-party', '被申请人 沈翊珩', stable);
    typeInto(modal.querySelector('#refusal-note') as HTMLInputElement, '被申请人明确表示不同意调解');
    await stable();
    button('记录拒绝调解', modal.querySelector('.ant-modal-footer')!).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/refusals`);
    expect(request.request.body).toEqual({ partyId: RESPONDENT_ID, note: '被申请人明确表示不同意调解' });
    request.flush(caseDetail());
    await stable();
  });

  it('shows 履行与回访 with the agreement’s terms once an agreement is effective', async () => {
    const agreementId = 'b2c3d4e5-0000-4000-8000-00000000a001';
    const effective = caseDetail({
      status: 'performing',
      agreements: [
        {
          id: agreementId,
          agreementNumber: '(2026)枫老调协字第0001号',
          form: 'written',
          status: 'effective',
          effectiveAt: '2026-03-10T02:00:00.000Z',
          leavesMattersUnresolved: false,
        },
      ],
    });
    TestBed.configureTestingModule({
      providers: provideTestApp([{ path: 'cases/:id', component: CaseDetailPage }]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(MEDIATOR_YANG);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${CASE_ID}`);
    harness.fixture.detectChanges();
    http.expectOne(`/api/cases/${CASE_ID}`).flush(effective);
    // The section reads the agreement's terms; answer before waiting for the page to settle.
    await settle();
    harness.fixture.detectChanges();
    http.expectOne(`/api/agreements/${agreementId}`).flush({
      id: agreementId,
      terms: [{ obligorPartyId: RESPONDENT_ID, kind: 'apologise', text: '沈翊珩当面赔礼道歉' }],
    });
    http.expectOne(`/api/cases/${CASE_ID}/evidence`).flush([]);
    http.expectOne(`/api/cases/${CASE_ID}/investigations`).flush([]);
    await stable();
    expect(page().querySelector('tj-follow-up-section')).not.toBeNull();
    expect(textOf(page())).toContain('沈翊珩当面赔礼道歉');
    expect(page().querySelector('tj-volume-card')).toBeNull();
  });

  it('shows the bound volume of an archived case', async () => {
    await open(
      caseDetail({
        status: 'archived',
        allowedActions: [],
        followUp: {
          performances: [],
          urgings: [],
          returnVisits: [],
          judicialConfirmations: [],
          volume: {
            volumeNumber: '(2026)枫老人调字第0001号',
            pages: 9,
            createdAt: '2026-04-20T02:00:00.000Z',
          },
        },
      }),
    );
    const volume = page().querySelector('tj-volume-card') as HTMLElement;
    expect(textOf(volume)).toContain('(2026)枫老人调字第0001号');
    expect(volume.querySelector('a')?.getAttribute('href')).toBe(`/api/cases/${CASE_ID}/volume.pdf`);
    expect(page().querySelector('tj-follow-up-section')).toBeNull();
  });

  describe('无争议事实, 防止情况, 督办 and 卷宗评查', () => {
    const cardTitles = () =>
      Array.from(page().querySelectorAll('.ant-card-head-title')).map((t) => t.textContent?.trim());
    const links = () => Array.from(page().querySelectorAll('a')).map((a) => a.textContent?.trim());

    it('lets the case team record both while mediation runs, without 督办', async () => {
      await open(caseDetail({ status: 'in_mediation', allowedActions: ['pause'] }));
      expect(cardTitles()).toEqual(expect.arrayContaining(['无争议事实', '防止情况']));
      expect(button('记录无争议事实')).toBeTruthy();
      expect(button('记录防止情况')).toBeTruthy();
      expect(toolbarButtons()).not.toContain('督办');
    });

    it('shows neither on a case not yet accepted, unless a court or another body referred it', async () => {
      await open(caseDetail());
      expect(cardTitles()).not.toContain('无争议事实');
      expect(cardTitles()).not.toContain('防止情况');
      TestBed.resetTestingModule();
      await open(caseDetail({ referralId: REFERRAL_ID }));
      expect(cardTitles()).toContain('无争议事实');
      expect(cardTitles()).not.toContain('防止情况');
    });

    it('shows a judicial officer the records read-only, with 督办 and 卷宗评查 of a finished file', async () => {
      await open(
        caseDetail({
          status: 'terminated',
          allowedActions: [],
          undisputedFacts: '借款本金五万元属实。',
          prevention: { criminal: 2 },
        }),
        JUDICIAL_OFFICER,
      );
      expect(textOf(page())).toContain('借款本金五万元属实。');
      expect(textOf(page())).toContain('防止民转刑：2人');
      expect(() => button('修改无争议事实')).toThrow();
      expect(() => button('记录防止情况')).toThrow();
      expect(toolbarButtons()).toEqual(['督办', '卷宗评查']);
      const review = Array.from(page().querySelectorAll('a')).find(
        (a) => a.textContent?.trim() === '卷宗评查',
      );
      expect(review?.getAttribute('href')).toBe(`/oversight/review/${CASE_ID}`);
    });

    it('offers no 卷宗评查 while the case is open', async () => {
      await open(caseDetail({ status: 'in_mediation', allowedActions: [] }), JUDICIAL_OFFICER);
      expect(toolbarButtons()).toEqual(['督办']);
      expect(links()).not.toContain('卷宗评查');
    });

    it('offers the county bureau neither 督办 nor 卷宗评查', async () => {
      await open(caseDetail({ status: 'closed', allowedActions: [] }), COUNTY_BUREAU);
      expect(toolbarButtons()).toEqual([]);
      expect(links()).not.toContain('卷宗评查');
    });
  });
});
