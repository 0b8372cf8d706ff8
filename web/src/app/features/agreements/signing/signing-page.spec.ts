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
});
