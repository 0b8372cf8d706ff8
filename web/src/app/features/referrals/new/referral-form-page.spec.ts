import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '../../../core/api/api-types';
import { AuthService } from '../../../core/auth/auth.service';
import {
  buttonByText,
  chooseOption,
  formItemOf,
  pressEnter,
  textOf,
  typeInto,
} from '../../../../testing/dom';
import { MEDIATOR_YANG, errorBody } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp } from '../../../../testing/providers';
import { ReferralFormPage } from './referral-form-page';

const COURT_LI: Me = {
  id: '0b7c6a52-3d7e-4a55-9d7e-7c9a8f1e2d07',
  username: 'court.li',
  name: '李敏',
  role: 'court_liaison',
  organisationId: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e20',
  organisation: { id: '5f0e2f1c-8a39-4c1e-9d61-0a3b1b7c9e20', name: '诸暨市人民法院', kind: 'court' },
  mustChangePassword: false,
  idleMinutes: 30,
};
// Two party cards with date pickers make a heavy form: give it room on a busy machine.
jest.setTimeout(20_000);

const REFERRAL_ID = 'd1f0c3a2-1111-4c1e-9d61-0a3b1b7c9e01';
const EXTERNAL_REF = '(2026)浙0681民诉前调1234号';

describe('ReferralFormPage (新建委派移交)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  const stable = () => harness.fixture.whenStable();
  const byId = (id: string) => {
    const el = page.querySelector<HTMLInputElement>(`#${id}`);
    if (!el) throw new Error(`no #${id}`);
    return el;
  };
  const isCreate = (req: { method: string; url: string }) =>
    req.method === 'POST' && req.url === '/api/referrals';

  async function open(user: Me = COURT_LI): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'referrals/new', component: ReferralFormPage },
        { path: 'referrals/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/referrals/new');
    await stable();
    page = harness.routeNativeElement!;
  }

  afterEach(() => http.verify());

  async function fillValid(): Promise<void> {
    typeInto(byId('externalRef'), `  ${EXTERNAL_REF} `);
    await chooseOption(page, 'disputeType', '合同', stable);
    typeInto(byId('title'), ' 物业费纠纷 ');
    typeInto(byId('summary'), '业主拖欠物业费两年，物业公司起诉前经法院委派调解。');
    typeInto(byId('contact'), '李敏 0575-87000000');
    typeInto(byId('party-0-name'), '枫桥物业管理有限公司');
    typeInto(byId('party-1-name'), '周海平');
    typeInto(byId('party-1-phone'), '13800000021');
    await stable();
  }

  async function submit(): Promise<void> {
    buttonByText(page, '提交委派').click();
    await stable();
  }

  it('offers a court liaison the court channels only, starting with 委派', async () => {
    await open();
    expect(textOf(formItemOf(page, 'source'))).toContain('法院委派（诉前）');
    (byId('source').closest('nz-select') as HTMLElement).click();
    let options: (string | undefined)[] = [];
    // The options open in an overlay, which takes a few rounds of change detection to appear.
    for (let round = 0; round < 10 && options.length === 0; round++) {
      await stable();
      options = Array.from(document.querySelectorAll('nz-option-item')).map((o) => o.textContent?.trim());
    }
    expect(options).toEqual(['法院委派（诉前）', '法院委托（立案后）']);
    expect(page.querySelectorAll('tj-party-fields')).toHaveLength(2);
  });

  it('never files the referral on Enter in a field; Enter in an ID number moves on (issue 21)', async () => {
    await open();
    await fillValid();
    const idNumber = byId('party-1-idNumber');
    idNumber.focus();
    expect(pressEnter(idNumber)).toBe(true);
    expect(document.activeElement?.id).toBe('party-1-sex');
    for (const id of ['externalRef', 'title', 'contact', 'party-1-name', 'party-1-phone']) {
      expect(pressEnter(byId(id))).toBe(true);
    }
    await stable();
    http.expectNone(isCreate);
    expect(pressEnter(byId('summary'))).toBe(false);
  });

  it('names each missing field and sends nothing', async () => {
    await open();
    await submit();
    expect(textOf(formItemOf(page, 'externalRef'))).toContain('请填写来文字号');
    expect(textOf(formItemOf(page, 'disputeType'))).toContain('请选择纠纷类型');
    expect(textOf(formItemOf(page, 'summary'))).toContain('请填写纠纷概要');
    expect(textOf(formItemOf(page, 'contact'))).toContain('请填写联系人及电话');
    expect(textOf(formItemOf(page, 'party-0-name'))).toContain('请填写');
    expect(textOf(page)).toContain('请先改正标出的字段。');
    http.expectNone(isCreate);
  });

  it('refuses a referral with one party only', async () => {
    await open();
    await fillValid();
    buttonByText(page.querySelectorAll('tj-party-fields')[1] as HTMLElement, '删除').click();
    await stable();
    await submit();
    expect(textOf(page)).toContain('至少需要两方当事人');
    http.expectNone(isCreate);
  });

  it('sends the referral with trimmed text and the parties, then opens it', async () => {
    await open();
    await fillValid();
    await submit();
    const request: TestRequest = http.expectOne(isCreate);
    expect(request.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.request.body).toEqual({
      source: 'court_dispatch',
      externalRef: EXTERNAL_REF,
      title: '物业费纠纷',
      summary: '业主拖欠物业费两年，物业公司起诉前经法院委派调解。',
      disputeType: 'contract',
      parties: [
        expect.objectContaining({ role: 'applicant', kind: 'person', name: '枫桥物业管理有限公司' }),
        expect.objectContaining({ role: 'respondent', name: '周海平', phone: '13800000021' }),
      ],
      dueDate: undefined,
      contact: '李敏 0575-87000000',
    });
    request.flush({ id: REFERRAL_ID, status: 'received' }, { status: 201, statusText: 'Created' });
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/referrals/${REFERRAL_ID}`);
  });

  it('says 该委派已登记 when the API answers 409 without its own words', async () => {
    await open();
    await fillValid();
    await submit();
    http.expectOne(isCreate).flush(null, { status: 409, statusText: 'Conflict' });
    await stable();
    expect(page.querySelector('[role=alert]')?.textContent).toContain('该委派已登记。');
    expect(TestBed.inject(Router).url).toBe('/referrals/new');
  });

  it("shows the API's message for a duplicate, and retries with the same key", async () => {
    await open();
    await fillValid();
    await submit();
    const first = http.expectOne(isCreate);
    first.flush(errorBody(409, 'REFERRAL_DUPLICATE', '该委派已登记：(2026)浙0681民诉前调1234号'), {
      status: 409,
      statusText: 'Conflict',
    });
    await stable();
    expect(page.querySelector('[role=alert]')?.textContent).toContain(
      '该委派已登记：(2026)浙0681民诉前调1234号',
    );
    await submit();
    const second = http.expectOne(isCreate);
    expect(second.request.headers.get('Idempotency-Key')).toBe(first.request.headers.get('Idempotency-Key'));
    second.flush({ id: REFERRAL_ID, status: 'received' });
    await stable();
  });

  it('puts the API’s field errors on the fields', async () => {
    await open();
    await fillValid();
    await submit();
    http.expectOne(isCreate).flush(
      {
        ...errorBody(400, 'VALIDATION_FAILED', '请求内容有误'),
        details: [{ field: 'parties.1.phone', message: '手机号码不正确' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(textOf(formItemOf(page, 'party-1-phone'))).toContain('手机号码不正确');
  });

  it('tells someone who is not a liaison that they cannot file, and disables the button', async () => {
    await open(MEDIATOR_YANG);
    expect(textOf(page)).toContain('只有法院、派出所和信访部门的联络员可以委派移交纠纷。');
    expect(buttonByText(page, '提交委派').disabled).toBe(true);
  });
});
