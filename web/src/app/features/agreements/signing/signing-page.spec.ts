import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Agreement, Me } from '../../../core/api/api-types';
import { AuthService } from '../../../core/auth/auth.service';
import {
  AGREEMENT_ID,
  DIRECTOR_YANG,
  MEDIATING,
  SEALED,
  SIGNED_BY_MEDIATOR,
  SIGNED_BY_PARTIES,
  agreement,
} from '../../../../testing/agreement-fixtures';
import { CASE_ID } from '../../../../testing/case-fixtures';
import { buttonByText, textOf } from '../../../../testing/dom';
import { MEDIATOR_YANG } from '../../../../testing/fixtures';
import { BlankPage, provideTestApp, settle } from '../../../../testing/providers';
import { SigningPage } from './signing-page';

describe('SigningPage (签署调解协议)', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  const page = () => harness.routeNativeElement!;
  const stable = () => harness.fixture.whenStable();
  const finaliseButton = () => buttonByText(page(), '确认生效');
  const sealButton = () =>
    Array.from(page().querySelectorAll('button')).find((b) => b.textContent?.includes('加盖委员会印章'));

  async function open(current: Agreement, me: Me = MEDIATOR_YANG): Promise<void> {
    TestBed.configureTestingModule({
      providers: provideTestApp([
        { path: 'cases/:id/agreements/:agreementId/sign', component: SigningPage },
        { path: '**', component: BlankPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthService).ensureUser().subscribe();
    http.expectOne('/api/me').flush(me);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/cases/${CASE_ID}/agreements/${AGREEMENT_ID}/sign`);
    harness.fixture.detectChanges();
    http.expectOne(`/api/cases/${CASE_ID}`).flush(MEDIATING);
    http.expectOne(`/api/agreements/${AGREEMENT_ID}`).flush(current);
    await settle();
    await stable();
  }

  afterEach(() => http.verify());

  it('lists each party, the mediator and the committee seal, each waiting', async () => {
    await open(agreement());
    const signers = Array.from(page().querySelectorAll('.signer')).map((el) => textOf(el as HTMLElement));
    expect(signers).toHaveLength(4);
    expect(signers[0]).toContain('申请人 何美兰');
    expect(signers[1]).toContain('被申请人 陈国强');
    expect(signers[2]).toContain('调解员 杨建国');
    expect(signers[3]).toContain('人民调解委员会');
    expect(signers.every((s) => s.includes('待签署'))).toBe(true);
  });

  it('keeps 确认生效 disabled until every party, a mediator and the seal are done', async () => {
    await open(agreement({ signatures: [...SIGNED_BY_PARTIES, SIGNED_BY_MEDIATOR] }));
    expect(finaliseButton().disabled).toBe(true);
    expect(textOf(page())).toContain('已按指印');
    http.verify();
  });

  it('enables 确认生效 when everything is signed, and shows 已生效 with the PDF and the verify code', async () => {
    await open(agreement({ signatures: [...SIGNED_BY_PARTIES, SIGNED_BY_MEDIATOR, SEALED] }));
    expect(finaliseButton().disabled).toBe(false);
    finaliseButton().click();
    const request = http.expectOne(`/api/agreements/${AGREEMENT_ID}/finalise`);
    expect(request.request.method).toBe('POST');
    request.flush(
      agreement({
        status: 'effective',
        effectiveAt: '2026-03-10T03:00:00.000Z',
        verifyCode: 'AbCdEfGh12345678',
        signatures: [...SIGNED_BY_PARTIES, SIGNED_BY_MEDIATOR, SEALED],
      }),
    );
    await stable();
    expect(textOf(page())).toContain('已生效');
    expect(textOf(page())).toContain('AbCdEfGh12345678');
    const download = Array.from(page().querySelectorAll('a')).find((a) =>
      a.textContent?.includes('下载协议书 PDF'),
    );
    expect(download?.getAttribute('href')).toBe(`/api/agreements/${AGREEMENT_ID}/pdf`);
  });

  it('does not offer the seal to a mediator', async () => {
    await open(agreement());
    expect(sealButton()).toBeUndefined();
    expect(textOf(page())).toContain('委员会印章由调委会主任加盖');
  });

  it('lets the director apply the seal without drawing', async () => {
    await open(agreement({ signatures: [...SIGNED_BY_PARTIES, SIGNED_BY_MEDIATOR] }), DIRECTOR_YANG);
    sealButton()!.click();
    const request = http.expectOne(`/api/agreements/${AGREEMENT_ID}/signatures`);
    expect(request.request.body).toEqual({ signer: { seal: true }, kind: 'seal' });
    request.flush(agreement({ signatures: [...SIGNED_BY_PARTIES, SIGNED_BY_MEDIATOR, SEALED] }));
    await stable();
    expect(sealButton()).toBeUndefined();
    expect(finaliseButton().disabled).toBe(false);
  });

  it('lets an oral agreement take effect without signatures', async () => {
    await open(agreement({ form: 'oral', status: 'draft' }));
    expect(page().querySelector('.signer')).toBeNull();
    expect(textOf(page())).toContain('口头协议不需当事人在系统中签名');
    expect(finaliseButton().disabled).toBe(false);
    finaliseButton().click();
    http
      .expectOne(`/api/agreements/${AGREEMENT_ID}/finalise`)
      .flush(agreement({ form: 'oral', status: 'effective', verifyCode: 'OralCode12345678' }));
    await stable();
    expect(textOf(page())).toContain('已生效');
  });

  it('sends the signer back to the editor while the content is incomplete', async () => {
    await open(
      agreement({
        status: 'draft',
        check: { complete: false, missing: ['FACTS'], messages: ['缺少纠纷主要事实和争议事项'] },
      }),
    );
    expect(textOf(page())).toContain('协议内容尚不完整');
    expect(textOf(page())).toContain('缺少纠纷主要事实和争议事项');
    expect(page().querySelector('.signer')).toBeNull();
  });

  it('takes the paper path: prints the signing copy, uploads a scan, and asks the director for the seal', async () => {
    await open(agreement({ status: 'draft' }));
    expect(textOf(page())).toContain('纸质签署');
    expect(textOf(page())).toContain('尚未上传扫描件');
    const paperFinalise = () => buttonByText(page(), '提交主任审批用印');
    expect(paperFinalise().disabled).toBe(true);
    const print = Array.from(page().querySelectorAll('a')).find((a) =>
      a.textContent?.includes('打印签署用协议书'),
    );
    expect(print?.getAttribute('href')).toBe(`/api/agreements/${AGREEMENT_ID}/pdf?purpose=signing`);

    const scan = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], '签署件.pdf', {
      type: 'application/pdf',
    });
    const input = page().querySelector<HTMLInputElement>('tj-paper-signing input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [scan], configurable: true });
    input.dispatchEvent(new Event('change'));
    await stable();
    const upload = http.expectOne(`/api/agreements/${AGREEMENT_ID}/scans`);
    expect(upload.request.method).toBe('POST');
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(((upload.request.body as FormData).get('file') as File).name).toBe('签署件.pdf');
    const scanned = {
      id: '7b0c1f8e-0000-4000-8000-000000000001',
      filename: '签署件.pdf',
      contentType: 'application/pdf' as const,
      size: 2 * 1024 * 1024,
      pages: 1,
      sha256: 'a'.repeat(64),
      uploadedAt: '2026-03-10T03:00:00.000Z',
      uploadedBy: '杨建国',
    };
    upload.flush(agreement({ status: 'signing', scans: [scanned] }));
    await stable();
    expect(textOf(page())).toContain('签署件.pdf');
    expect(textOf(page())).toContain('2.0 MB · 杨建国 上传');
    const link = Array.from(page().querySelectorAll('a')).find((a) => a.textContent?.includes('签署件.pdf'));
    expect(link?.getAttribute('href')).toBe(`/api/agreements/${AGREEMENT_ID}/scans/${scanned.id}`);

    expect(paperFinalise().disabled).toBe(false);
    paperFinalise().click();
    const finalise = http.expectOne(`/api/agreements/${AGREEMENT_ID}/finalise`);
    expect(finalise.request.body).toEqual({ paperSigned: true });
    // A mediator only asks (202): the agreement waits for the director, with no finalise left to press.
    finalise.flush(
      agreement({
        status: 'signing',
        scans: [scanned],
        sealRequestedAt: '2026-03-10T03:05:00.000Z',
        sealRequestedBy: '杨建国',
      }),
      { status: 202, statusText: 'Accepted' },
    );
    await stable();
    expect(textOf(page())).toContain('杨建国 已提交用印申请,等待调委会主任核对扫描件并批准用印');
    expect(
      Array.from(page().querySelectorAll('button')).some((b) => b.textContent?.includes('提交主任审批用印')),
    ).toBe(false);
    expect(
      Array.from(page().querySelectorAll('button')).some((b) => b.textContent?.includes('批准用印')),
    ).toBe(false);
  });

  const scanned = {
    id: '7b0c1f8e-0000-4000-8000-000000000001',
    filename: '签署件.pdf',
    contentType: 'application/pdf' as const,
    size: 1024 * 1024,
    pages: 2,
    sha256: 'b'.repeat(64),
    uploadedAt: '2026-03-10T03:00:00.000Z',
    uploadedBy: '杨建国',
  };
  const waiting = agreement({
    status: 'signing',
    scans: [scanned],
    sealRequestedAt: '2026-03-10T03:05:00.000Z',
    sealRequestedBy: '杨建国',
  });

  it('lets the director refuse the seal only with a reason, and back it goes to the case team', async () => {
    await open(waiting, DIRECTOR_YANG);
    const refuse = () => buttonByText(page(), '退回');
    expect(refuse().disabled).toBe(true);
    const reason = page().querySelector<HTMLTextAreaElement>('tj-paper-signing textarea')!;
    reason.value = '第2页缺少被申请人指印';
    reason.dispatchEvent(new Event('input'));
    await stable();
    expect(refuse().disabled).toBe(false);
    refuse().click();
    const refused = http.expectOne(`/api/agreements/${AGREEMENT_ID}/seal-approval`);
    expect(refused.request.body).toEqual({ decision: 'refuse', reason: '第2页缺少被申请人指印' });
    refused.flush(agreement({ status: 'signing', scans: [scanned] }));
    await stable();
    expect(buttonByText(page(), '按纸质签署确认生效').disabled).toBe(false);
  });

  it('lets the director approve the seal on the scans: the agreement takes effect', async () => {
    await open(waiting, DIRECTOR_YANG);
    buttonByText(page(), '批准用印并生效').click();
    const approved = http.expectOne(`/api/agreements/${AGREEMENT_ID}/seal-approval`);
    expect(approved.request.body).toEqual({ decision: 'approve' });
    approved.flush(
      agreement({ status: 'effective', paperSigned: true, scans: [scanned], verifyCode: 'PaperCode1234567' }),
    );
    await stable();
    expect(textOf(page())).toContain('已生效');
    expect(textOf(page())).toContain('PaperCode1234567');
  });

  it('refuses a scan over 10 MB before sending it', async () => {
    await open(agreement());
    const big = new File(['x'], '太大.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    const input = page().querySelector<HTMLInputElement>('tj-paper-signing input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [big], configurable: true });
    input.dispatchEvent(new Event('change'));
    await stable();
    http.expectNone(`/api/agreements/${AGREEMENT_ID}/scans`);
    expect(textOf(page())).toContain('太大.jpg 超过 10 MB');
  });
});
