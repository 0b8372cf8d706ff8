import { Component } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ReviewChecklistItem, ReviewResult } from '../../../core/api/oversight-api';
import { buttonByText, textOf } from '../../../../testing/dom';
import { provideTestApp } from '../../../../testing/providers';
import { ReviewForm, reviewScore } from './review-form';

const CASE_ID = '6c1f4f36-1f3e-4d6f-9a55-2f1b8b7f0a01';
const CHECKLIST: ReviewChecklistItem[] = [
  { code: 'application', label: '调解申请书或口头申请笔录齐全', points: 20 },
  { code: 'records', label: '调解笔录完整并有当事人签名', points: 30 },
  { code: 'agreement_or_termination', label: '调解协议要素齐全', points: 50 },
];

@Component({
  imports: [ReviewForm],
  template: `<tj-review-form [caseId]="caseId" (reviewed)="result = $event" />`,
})
class Host {
  caseId = CASE_ID;
  result: ReviewResult | null = null;
}

describe('ReviewForm (案卷评查)', () => {
  it('scores the points of the passed items', () => {
    expect(reviewScore(CHECKLIST, [true, false, true])).toEqual({ score: 70, total: 100 });
    expect(reviewScore(CHECKLIST, [])).toEqual({ score: 0, total: 100 });
  });

  it('shows a checkbox per item, scores as they are ticked and sends the review', async () => {
    TestBed.configureTestingModule({ providers: provideTestApp() });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    http.expectOne('/api/oversight/review-checklist').flush(CHECKLIST);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const score = () => el.querySelector('[data-testid=review-score]')?.textContent?.trim();

    expect(el.querySelectorAll('label[nz-checkbox]')).toHaveLength(3);
    expect(textOf(el)).toContain('调解协议要素齐全');
    expect(score()).toBe('0 / 100');

    el.querySelector<HTMLInputElement>('#review-application')!.click();
    el.querySelector<HTMLInputElement>('#review-agreement_or_termination')!.click();
    await fixture.whenStable();
    expect(score()).toBe('70 / 100');

    const note = el.querySelector<HTMLInputElement>('#review-records-note')!;
    note.value = '第二次笔录缺被申请人签名';
    note.dispatchEvent(new Event('input'));
    buttonByText(el, '提交评查').click();
    await fixture.whenStable();
    const request = http.expectOne(`/api/cases/${CASE_ID}/reviews`);
    expect(request.request.body).toEqual({
      items: [
        { code: 'application', passed: true },
        { code: 'records', passed: false, note: '第二次笔录缺被申请人签名' },
        { code: 'agreement_or_termination', passed: true },
      ],
    });
    request.flush({ id: 'r1', score: 70 });
    await fixture.whenStable();
    expect(fixture.componentInstance.result).toEqual({ id: 'r1', score: 70 });
    http.verify();
  });
});
