import { HttpTestingController, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Me } from '../../../core/api/api-types';
import { AuthService } from '../../../core/auth/auth.service';
import { CASE_ID, CENTRE_ID, LAOYANG_TREE, caseDetail } from '../../../../testing/case-fixtures';
import {
  buttonByText,
  chooseOption,
  formItemOf,
  pressEnter,
  textOf,
  typeInto,
} from '../../../../testing/dom';
import { MEDIATOR_YANG } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { CaseFormPage } from './case-form-page';

describe('CaseFormPage (登记纠纷)', () => {
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
    req.method === 'POST' && req.url === '/api/cases';

  async function open(user: Me = MEDIATOR_YANG): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'cases/new', component: CaseFormPage },
        { path: 'cases/:id', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases/new');
    http.expectOne('/api/organisations').flush(LAOYANG_TREE);
    await stable();
    page = harness.routeNativeElement!;
  }

  beforeEach(() => open());

  afterEach(() => http.verify());

  async function fillValidCase(): Promise<void> {
    await chooseOption(page, 'disputeType', '邻里', stable);
    typeInto(byId('title'), '楼上漏水纠纷');
    typeInto(byId('facts'), '楼上住户家中漏水,业主已搬走。');
    typeInto(byId('requests'), '修复漏水,赔偿损失。');
    typeInto(byId('party-0-name'), '钱秀英');
    typeInto(byId('party-0-idNumber'), '330681198503150021');
    typeInto(byId('party-1-name'), '沈翊珩');
    typeInto(byId('party-1-idNumber'), '330681197807204514');
    await stable();
  }

  async function submit(): Promise<void> {
    buttonByText(page, '提交登记').click();
    await stable();
  }

  it("starts in the user's own centre, as a walk-in, with an applicant and a respondent", () => {
    expect(textOf(formItemOf(page, 'organisationId'))).toContain('老杨调解中心');
    expect(textOf(formItemOf(page, 'source'))).toContain('来访');
    expect(page.querySelectorAll('tj-party-fields')).toHaveLength(2);
    expect(textOf(page)).toContain('当事人 1');
    expect(textOf(page)).toContain('当事人 2');
  });

  it('refuses to register with one party only and sends nothing', async () => {
    await fillValidCase();
    buttonByText(page.querySelectorAll('tj-party-fields')[1] as HTMLElement, '删除').click();
    await stable();
    expect(page.querySelectorAll('tj-party-fields')).toHaveLength(1);

    await submit();
    expect(textOf(page)).toContain('至少需要两方当事人');
    http.expectNone(isCreate);
  });

  it('says which required fields are missing', async () => {
    await submit();
    expect(textOf(formItemOf(page, 'title'))).toContain('请填写纠纷名称');
    expect(textOf(formItemOf(page, 'disputeType'))).toContain('请选择纠纷类型');
    expect(textOf(formItemOf(page, 'party-0-name'))).toContain('请填写当事人姓名或单位名称');
    http.expectNone(isCreate);
  });

  it('checks the ID number while typing', async () => {
    typeInto(byId('party-0-idNumber'), '330681198503150022');
    await stable();
    expect(textOf(formItemOf(page, 'party-0-idNumber'))).toContain('身份证号码不正确');
    typeInto(byId('party-0-idNumber'), '11010519491231002X');
    await stable();
    expect(textOf(formItemOf(page, 'party-0-idNumber'))).not.toContain('身份证号码不正确');
  });

  it("shows the server's error for parties.1.idNumber on the second party's ID field", async () => {
    await fillValidCase();
    await submit();
    const request = http.expectOne(isCreate);
    expect(request.request.body).toMatchObject({
      organisationId: CENTRE_ID,
      source: 'walk_in',
      disputeType: 'neighbour',
      title: '楼上漏水纠纷',
      parties: [
        { role: 'applicant', kind: 'person', name: '钱秀英', idNumber: '330681198503150021' },
        { role: 'respondent', kind: 'person', name: '沈翊珩', idNumber: '330681197807204514' },
      ],
    });
    request.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '提交的数据有误,请检查标出的字段',
        details: [{ field: 'parties.1.idNumber', code: 'isIdNumber', message: '该身份证号码已注销' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();

    expect(textOf(formItemOf(page, 'party-1-idNumber'))).toContain('该身份证号码已注销');
    expect(textOf(formItemOf(page, 'party-0-idNumber'))).not.toContain('该身份证号码已注销');
    expect(page.querySelector('.form-errors')?.textContent).toContain('提交的数据有误');
    expect(TestBed.inject(Router).url).toBe('/cases/new');
  });

  it('sends one case for a double click, and the same Idempotency-Key when retrying the same data', async () => {
    await fillValidCase();
    await submit();
    buttonByText(page, '提交登记').click();
    await stable();
    const first = http.expectOne(isCreate);
    const key = first.request.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    first.error(new ProgressEvent('error'), { status: 0 });
    await stable();
    expect(textOf(page)).toContain('无法连接服务器');

    await submit();
    const retry: TestRequest = http.expectOne(isCreate);
    expect(retry.request.headers.get('Idempotency-Key')).toBe(key);
    retry.flush(caseDetail());
    await settle();
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/cases/${CASE_ID}`);
  });

  it('sends money in yuan with two decimals and leaves out what was not filled in', async () => {
    await fillValidCase();
    typeInto(byId('amountInDispute'), '3000');
    await submit();
    const body = http.expectOne(isCreate).request.body as Record<string, unknown>;
    expect(body['amountInDispute']).toBe('3000.00');
    expect(body).not.toHaveProperty('location', expect.anything());
    expect(body['isPublic']).toBe(false);
    expect(body['riskLevel']).toBe('none');
  });

  it('never registers on Enter in a field: an ID-card reader ends the number with Enter (issue 21)', async () => {
    await fillValidCase();
    const idNumber = byId('party-1-idNumber');
    idNumber.focus();
    expect(pressEnter(idNumber)).toBe(true);
    // The reader's Enter moves on to the next field (the sex it filled in), never to a button.
    expect(document.activeElement?.id).toBe('party-1-sex');
    for (const id of ['title', 'disputeSubtype', 'party-0-name', 'party-0-phone', 'amountInDispute']) {
      expect(pressEnter(byId(id))).toBe(true);
    }
    await stable();
    http.expectNone(isCreate);
    expect(TestBed.inject(Router).url).toBe('/cases/new');

    // A textarea keeps Enter for a new line.
    expect(pressEnter(byId('facts'))).toBe(false);
    // Only the button registers.
    await submit();
    http.expectOne(isCreate).flush(caseDetail());
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/cases/${CASE_ID}`);
  });

  it('accepts a phone as it is read out and sends its digits (issue 21)', async () => {
    await fillValidCase();
    typeInto(byId('party-0-phone'), '138 5751 2301');
    typeInto(byId('party-1-phone'), '0575-8701 2345');
    await stable();
    expect(textOf(formItemOf(page, 'party-0-phone'))).not.toContain('请填写 11 位手机号');
    await submit();
    const body = http.expectOne(isCreate).request.body as { parties: { phone?: string }[] };
    expect(body.parties.map((p) => p.phone)).toEqual(['13857512301', '057587012345']);
  });

  it('tells a judicial officer that only the case team registers disputes', async () => {
    TestBed.resetTestingModule();
    await open({ ...MEDIATOR_YANG, role: 'judicial_officer' });
    expect(textOf(page)).toContain('只有调解员、登记员和调委会主任可以登记纠纷');
    expect(buttonByText(page, '提交登记').disabled).toBe(true);
  });
});
