import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { finalize, map, startWith } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import {
  OversightApi,
  type ReviewChecklistItem,
  type ReviewRequest,
  type ReviewResult,
} from '../../../core/api/oversight-api';
import { maxChars } from '../../../shared/forms/validators';
import { OVERSIGHT_TEXTS } from '../oversight.texts';

type ItemForm = FormGroup<{ passed: FormControl<boolean>; note: FormControl<string> }>;

const itemForm = (): ItemForm =>
  new FormGroup({
    passed: new FormControl(false, { nonNullable: true }),
    note: new FormControl('', { nonNullable: true, validators: maxChars(500) }),
  });

/** The points of the passed items: the score the API will record. */
export function reviewScore(
  checklist: readonly ReviewChecklistItem[],
  passed: readonly boolean[],
): { score: number; total: number } {
  let score = 0;
  let total = 0;
  checklist.forEach((item, i) => {
    total += item.points;
    if (passed[i]) score += item.points;
  });
  return { score, total };
}

/**
 * 评查: the office reviews a closed file against the checklist, one checkbox per item with an
 * optional note, and sees the score as it ticks. Placed on its own page and, later, on the case.
 */
@Component({
  selector: 'tj-review-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzSpinModule,
  ],
  template: `
    @if (checklist(); as items) {
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ol class="review__items" formArrayName="items">
          @for (item of items; track item.code; let i = $index) {
            <li class="review__item" [formGroupName]="i">
              <label
                nz-checkbox
                [nzId]="'review-' + item.code"
                [for]="'review-' + item.code"
                formControlName="passed"
              >
                {{ item.label }}
                <span class="review__points">（{{ item.points }} 分）</span>
              </label>
              <input
                nz-input
                class="review__note"
                formControlName="note"
                [id]="'review-' + item.code + '-note'"
                [attr.aria-label]="texts.itemNote + '：' + item.label"
                [placeholder]="texts.itemNotePlaceholder"
              />
            </li>
          } @empty {
            <li class="review__muted">{{ texts.empty }}</li>
          }
        </ol>
        <nz-form-item>
          <nz-form-label nzFor="review-note">{{ texts.note }}</nz-form-label>
          <nz-form-control>
            <textarea
              nz-input
              id="review-note"
              rows="3"
              formControlName="note"
              [placeholder]="texts.notePlaceholder"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        @if (error(); as message) {
          <nz-alert class="review__error" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <div class="review__footer">
          <span class="review__score" aria-live="polite">
            {{ texts.score }}：<strong data-testid="review-score">{{
              texts.scoreOf(score().score, score().total)
            }}</strong>
          </span>
          <button nz-button nzType="primary" nzSize="large" type="submit" [nzLoading]="submitting()">
            {{ texts.submit }}
          </button>
        </div>
      </form>
    } @else if (failed()) {
      <nz-alert
        role="alert"
        nzType="error"
        nzShowIcon
        [nzMessage]="texts.loadFailed"
        [nzAction]="retryButton"
      />
      <ng-template #retryButton>
        <button nz-button nzSize="small" type="button" (click)="retry()">{{ texts.retry }}</button>
      </ng-template>
    } @else {
      <nz-spin nzSimple />
    }
  `,
  styles: `
    .review__items {
      margin: 0 0 16px;
      padding-left: 20px;
    }
    .review__item {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 8px 16px;
      align-items: center;
      padding: 8px 0;
      border-bottom: 1px solid #f0f0f0;
    }
    @media (max-width: 820px) {
      .review__item {
        grid-template-columns: 1fr;
      }
    }
    .review__points,
    .review__muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .review__error {
      margin-bottom: 16px;
    }
    .review__footer {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: center;
      justify-content: flex-end;
    }
    .review__score {
      font-size: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewForm {
  private readonly api = inject(OversightApi);

  /** The closed or archived case under review. */
  readonly caseId = input.required<string>();
  readonly reviewed = output<ReviewResult>();

  protected readonly texts = OVERSIGHT_TEXTS.review;
  private readonly resource = rxResource({ stream: () => this.api.reviewChecklist() });
  protected readonly checklist = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  protected readonly failed = computed(() => this.resource.status() === 'error');

  protected readonly form = new FormGroup({
    items: new FormArray<ItemForm>([]),
    note: new FormControl('', { nonNullable: true, validators: maxChars(2000) }),
  });
  private readonly passed = toSignal(
    this.form.controls.items.valueChanges.pipe(
      startWith(null),
      map(() => this.form.controls.items.controls.map((c) => c.controls.passed.value)),
    ),
    { initialValue: [] as boolean[] },
  );
  protected readonly score = computed(() => reviewScore(this.checklist() ?? [], this.passed()));
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    // One row per checklist item, all unticked, once the checklist arrives.
    effect(() => {
      const items = this.checklist();
      const rows = this.form.controls.items;
      if (!items || rows.length === items.length) return;
      rows.clear({ emitEvent: false });
      for (let i = 0; i < items.length; i++) rows.push(itemForm(), { emitEvent: false });
      rows.updateValueAndValidity();
    });
  }

  protected retry(): void {
    this.resource.reload();
  }

  protected submit(): void {
    const items = this.checklist();
    if (!items || this.submitting() || this.form.invalid) return;
    const rows = this.form.controls.items.controls;
    const note = this.form.controls.note.value.trim();
    const body: ReviewRequest = {
      items: items.map((item, i) => {
        const row = rows[i]?.getRawValue() ?? { passed: false, note: '' };
        const itemNote = row.note.trim();
        return { code: item.code, passed: row.passed, ...(itemNote ? { note: itemNote } : {}) };
      }),
      ...(note ? { note } : {}),
    };
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .review(this.caseId(), body)
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (result) => this.reviewed.emit(result),
        error: (error: unknown) => this.error.set(apiErrorMessage(error)),
      });
  }
}
