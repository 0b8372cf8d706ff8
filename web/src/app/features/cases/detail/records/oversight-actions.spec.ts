import { HttpTestingController } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { CASE_ID, caseDetail } from '../../../../../testing/case-fixtures';
import { overlayText, textOf, typeInto } from '../../../../../testing/dom';
import { provideTestApp } from '../../../../../testing/providers';
import { OversightActions } from './oversight-actions';

describe('OversightActions (督办、卷宗评查)', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OversightActions>;

  const root = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const modal = () => document.querySelector<HTMLElement>('.ant-modal')!;

  async function open(canSupervise: boolean, canReview: boolean): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OversightActions);
    fixture.componentRef.setInput('detail', caseDetail({ status: 'closed' }));
    fixture.componentRef.setInput('canSupervise', canSupervise);
    fixture.componentRef.setInput('canReview', canReview);
    fixture.detectChanges();
    await stable();
  }

  function button(text: string, within: ParentNode = root()): HTMLButtonElement {
    const found = Array.from(within.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`No button "${text}"`);
    return found;
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((el) => (el.innerHTML = ''));
  });

  it('links 卷宗评查 to the review form of the case', async () => {
    await open(true, true);
    const link = Array.from(root().querySelectorAll('a')).find((a) => a.textContent?.trim() === '卷宗评查');
    expect(link?.getAttribute('href')).toBe(`/oversight/review/${CASE_ID}`);
  });

  it('shows neither when not allowed', async () => {
    await open(false, false);
    expect(textOf(root())).not.toContain('督办');
    expect(textOf(root())).not.toContain('卷宗评查');
  });

  it('asks for the 督办意见, then posts it and says the team will be told', async () => {
    await open(true, false);
    button('督办').click();
    await stable();
    expect(textOf(modal())).toContain('(2026)枫老调字第0001号 楼上漏水纠纷');
    const footer = modal().querySelector('.ant-modal-footer')!;
    button('发出督办', footer).click();
    await stable();
    expect(textOf(modal())).toContain('请填写督办意见');
    http.expectNone(`/api/cases/${CASE_ID}/supervise`);

    typeInto(modal().querySelector<HTMLInputElement>('#dialog-note')!, '请于三日内报告进展。');
    button('发出督办', footer).click();
    await stable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/supervise`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ note: '请于三日内报告进展。' });
    request.flush({ id: 'n1' }, { status: 201, statusText: 'Created' });
    await stable();
    expect(overlayText()).toContain('督办已发出');
    expect(document.querySelector('.ant-modal')).toBeNull();
  });
});
