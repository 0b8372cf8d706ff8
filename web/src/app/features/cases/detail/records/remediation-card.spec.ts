import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RemediationGround } from '../../../../core/api/cases-api';
import { CASE_ID, caseDetail } from '../../../../../testing/case-fixtures';
import { textOf } from '../../../../../testing/dom';
import { provideTestApp } from '../../../../../testing/providers';
import { RemediationCard } from './remediation-card';

describe('RemediationCard (重新调解)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RemediationCard>;
  let navigate: jest.SpyInstance;
  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const submit = () =>
    Array.from(root().querySelectorAll('button')).find((b) => b.textContent?.includes('登记重新调解'))!;
  const type = (selector: string, value: string) => {
    const field = root().querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  async function open(grounds: RemediationGround[], overrides = {}): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(RemediationCard);
    fixture.componentRef.setInput('detail', caseDetail(overrides));
    fixture.componentRef.setInput('grounds', grounds);
    fixture.detectChanges();
    await stable();
  }

  afterEach(() => http.verify());

  it('registers a new mediation after a refusal and opens it', async () => {
    await open(['confirmation_refused', 'agreement_invalidated']);
    submit().click();
    await stable();
    expect(textOf(root())).toContain('请说明重新调解的原因');
    type('#remediation-reason', ' 双方同意变更履行期限后重新调解 ');
    submit().click();
    const request = http.expectOne(`/api/cases/${CASE_ID}/remediation`);
    expect(request.request.body).toEqual({
      ground: 'confirmation_refused',
      reason: '双方同意变更履行期限后重新调解',
    });
    request.flush({ id: 'c2', caseNumber: '(2026)枫老调字第0099号' }, { status: 201, statusText: 'Created' });
    await stable();
    expect(textOf(document.body)).toContain('已登记重新调解案件(2026)枫老调字第0099号');
    expect(navigate).toHaveBeenCalledWith(['/cases', 'c2']);
  });

  it('asks for the judgment when the agreement was voided', async () => {
    await open(['agreement_invalidated']);
    type('#remediation-reason', '就赔偿数额重新调解');
    submit().click();
    await stable();
    expect(textOf(root())).toContain('请填写确认协议无效的判决书或裁定书文号');
    type('#remediation-ruling', '(2026)浙0681民初345号');
    submit().click();
    const request = http.expectOne(`/api/cases/${CASE_ID}/remediation`);
    expect(request.request.body).toEqual({
      ground: 'agreement_invalidated',
      reason: '就赔偿数额重新调解',
      ruling: '(2026)浙0681民初345号',
    });
    request.flush({ id: 'c3', caseNumber: '(2026)枫老调字第0100号' }, { status: 201, statusText: 'Created' });
    await stable();
    expect(navigate).toHaveBeenCalledWith(['/cases', 'c3']);
  });

  it('shows only the links once a new mediation exists', async () => {
    await open([], { remediation: { id: 'c2', caseNumber: '(2026)枫老调字第0099号' } });
    expect(textOf(root())).toContain('本案已重新调解,新案:(2026)枫老调字第0099号');
    expect(submit()).toBeUndefined();
  });
});
