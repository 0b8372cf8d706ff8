import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import { textOf } from '../../../testing/dom';
import { provideTestApp, settle } from '../../../testing/providers';
import { VerifyPage } from './verify-page';

const VALID = {
  valid: true,
  agreementNumber: '(2026)枫老调协字第0001号',
  caseNumber: '(2026)枫老调字第0001号',
  signedAt: '2026-03-10T03:00:00.000Z',
  signer: '老杨调解中心',
  parties: ['何*兰', '陈*强'],
};

describe('VerifyPage (协议核验)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement!;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'verify', component: VerifyPage },
        { path: 'verify/:code', component: VerifyPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    harness.fixture.detectChanges();
  }

  afterEach(() => http.verify());

  it('shows 真实有效 with the agreement, case, committee, date and masked names', async () => {
    await open('/verify/AbCdEfGh12345678');
    http.expectOne('/api/verify/AbCdEfGh12345678').flush(VALID);
    await harness.fixture.whenStable();
    const text = textOf(page());
    expect(text).toContain('真实有效');
    expect(text).toContain('(2026)枫老调协字第0001号');
    expect(text).toContain('(2026)枫老调字第0001号');
    expect(text).toContain('老杨调解中心');
    expect(text).toContain('2026年3月10日');
    expect(text).toContain('何*兰、陈*强');
    expect(text).not.toContain('无法核验');
  });

  it('shows 无法核验 with the reason for an unknown code', async () => {
    await open('/verify/unknown-code-1');
    http.expectOne('/api/verify/unknown-code-1').flush({ valid: false, reason: '未找到该核验码对应的协议' });
    await harness.fixture.whenStable();
    const text = textOf(page());
    expect(text).toContain('无法核验');
    expect(text).toContain('未找到该核验码对应的协议');
    expect(text).not.toContain('真实有效');
  });

  it('posts an uploaded PDF and shows the verdict', async () => {
    await open('/verify');
    const input = page().querySelector<HTMLInputElement>('#verify-file')!;
    const file = new File(['%PDF-1.7 test'], '协议书.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    const request = http.expectOne('/api/documents/verify');
    expect(request.request.method).toBe('POST');
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    request.flush({ valid: false, reason: '文件不是本系统出具的协议书,或内容已被改动' });
    await settle();
    await harness.fixture.whenStable();
    expect(textOf(page())).toContain('无法核验');
    expect(textOf(page())).toContain('协议书.pdf');

    input.dispatchEvent(new Event('change'));
    http.expectOne('/api/documents/verify').flush(VALID);
    await harness.fixture.whenStable();
    expect(textOf(page())).toContain('真实有效');
  });
});
