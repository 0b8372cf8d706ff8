import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../../core/auth/auth.service';
import { AGREEMENT_ID, MEDIATING, agreement } from '../../../../testing/agreement-fixtures';
import { APPLICANT_ID, CASE_ID, RESPONDENT_ID } from '../../../../testing/case-fixtures';
import { buttonByText, textOf, typeInto } from '../../../../testing/dom';
import { MEDIATOR_YANG } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { AgreementEditorPage } from './agreement-editor-page';

const IN_MEDIATION = { ...MEDIATING, status: 'in_mediation' as const };

describe('AgreementEditorPage (起草调解协议)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const page = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const field = (id: string) => page().querySelector<HTMLInputElement>(`#${id}`)!;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'cases/:id/agreements/new', component: AgreementEditorPage },
        { path: 'cases/:id/agreements/:agreementId', component: AgreementEditorPage },
        { path: '**', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(MEDIATOR_YANG);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.fixture.detectChanges();
    http.expectOne(`/api/cases/${CASE_ID}`).flush(IN_MEDIATION);
  }

  afterEach(() => http.verify());

  it('shows the amount in capitals while it is typed', async () => {
    await open(`/cases/${CASE_ID}/agreements/new`);
    await stable();
    const capitals = () => textOf(page().querySelector('[data-testid="term-0-capitals"]')!);
    expect(capitals()).toContain('—');
    typeInto(field('term-0-amount'), '3000');
    await stable();
    expect(capitals()).toContain('叁仟元整');
    typeInto(field('term-0-amount'), '10500.5');
    await stable();
    expect(capitals()).toContain('壹万零伍佰元伍角');
    typeInto(field('term-0-amount'), '三千');
    await stable();
    expect(capitals()).toContain('—');
    expect(textOf(page())).toContain('金额须为数字,最多两位小数');
  });

  it('creates the draft with the exact wording, the respondent paying the applicant, and parties + 1 copies', async () => {
    await open(`/cases/${CASE_ID}/agreements/new`);
    await stable();
    expect(textOf(page())).toContain('条款原文(按当事人约定的原话填写,打印时不作改动)');
    typeInto(field('term-0-amount'), '3000');
    typeInto(field('term-0-dueDate'), '2026-03-10');
    typeInto(field('term-0-method'), '现金当场支付');
    // Spaces and the exact verb stay as typed.
    const words = ' 陈国强一次性 预付 何美兰医疗费人民币3000元 ';
    page().querySelector<HTMLTextAreaElement>('#term-0-text')!.value = words;
    page().querySelector('#term-0-text')!.dispatchEvent(new Event('input'));
    await stable();
    buttonByText(page(), '保存草稿').click();
    const request = http.expectOne(`/api/cases/${CASE_ID}/agreements`);
    expect(request.request.body).toMatchObject({
      form: 'written',
      copies: 3,
      terms: [
        {
          obligorPartyId: RESPONDENT_ID,
          obligeePartyId: APPLICANT_ID,
          kind: 'pay',
          amount: '3000.00',
          dueDate: '2026-03-10',
          method: '现金当场支付',
          text: words,
        },
      ],
    });
    request.flush(agreement({ status: 'draft' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/cases/${CASE_ID}/agreements/${AGREEMENT_ID}`);
    // The agreement's own page loads it afresh.
    http.expectOne(`/api/cases/${CASE_ID}`).flush(IN_MEDIATION);
    http.expectOne(`/api/agreements/${AGREEMENT_ID}`).flush(agreement({ status: 'draft' }));
    await stable();
    expect(textOf(page())).toContain('(2026)枫老调协字第0001号');
  });

  it('saves a draft with its version and shows the checklist from the answer', async () => {
    await open(`/cases/${CASE_ID}/agreements/${AGREEMENT_ID}`);
    http.expectOne(`/api/agreements/${AGREEMENT_ID}`).flush(
      agreement({
        status: 'draft',
        version: 4,
        check: { complete: false, missing: ['PERFORMANCE'], messages: ['缺少履行方式、地点和期限'] },
      }),
    );
    await settle();
    await stable();
    expect(textOf(page())).toContain('缺少履行方式、地点和期限');
    typeInto(field('performance'), '当日现金付清');
    await stable();
    buttonByText(page(), '保存').click();
    const request = http.expectOne(`/api/agreements/${AGREEMENT_ID}`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({ version: 4, performance: '当日现金付清' });
    request.flush(agreement({ status: 'draft', version: 5, performance: '当日现金付清' }));
    await stable();
    expect(textOf(page())).toContain('内容和签署均已齐全');
  });

  it('story 2: asks for the routes told once unresolved matters are written, and sends both', async () => {
    await open(`/cases/${CASE_ID}/agreements/${AGREEMENT_ID}`);
    http.expectOne(`/api/agreements/${AGREEMENT_ID}`).flush(agreement({ status: 'draft', version: 4 }));
    await settle();
    await stable();
    expect(page().querySelector('#routesInformed')).toBeNull();
    typeInto(field('unresolvedMatters'), '工伤赔偿事项未达成协议');
    await stable();
    expect(page().querySelector('#routesInformed')).not.toBeNull();
    typeInto(field('routesInformed'), '已告知可申请劳动仲裁');
    await stable();
    buttonByText(page(), '保存').click();
    const request = http.expectOne(`/api/agreements/${AGREEMENT_ID}`);
    expect(request.request.body).toMatchObject({
      version: 4,
      unresolvedMatters: '工伤赔偿事项未达成协议',
      routesInformed: '已告知可申请劳动仲裁',
    });
    request.flush(agreement({ status: 'draft', version: 5 }));
    await stable();
  });

  it('reloads the latest version when someone else saved first', async () => {
    await open(`/cases/${CASE_ID}/agreements/${AGREEMENT_ID}`);
    http.expectOne(`/api/agreements/${AGREEMENT_ID}`).flush(agreement({ status: 'draft', version: 4 }));
    await settle();
    await stable();
    buttonByText(page(), '保存').click();
    http
      .expectOne(`/api/agreements/${AGREEMENT_ID}`)
      .flush(
        { statusCode: 409, code: 'VERSION_CONFLICT', message: '记录已被他人修改' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    http.expectOne(`/api/cases/${CASE_ID}`).flush(IN_MEDIATION);
    http.expectOne(`/api/agreements/${AGREEMENT_ID}`).flush(agreement({ status: 'draft', version: 6 }));
    await stable();
    expect(textOf(document.body)).toContain('协议已被他人修改');
  });

  it('shows a frozen agreement read-only once signing started', async () => {
    await open(`/cases/${CASE_ID}/agreements/${AGREEMENT_ID}`);
    http.expectOne(`/api/agreements/${AGREEMENT_ID}`).flush(agreement({ status: 'signing' }));
    await settle();
    await stable();
    expect(textOf(page())).toContain('协议已开始签署,内容不能再修改。');
    expect(field('term-0-text').disabled).toBe(true);
    expect(Array.from(page().querySelectorAll('button')).some((b) => b.textContent?.trim() === '保存')).toBe(
      false,
    );
  });
});
