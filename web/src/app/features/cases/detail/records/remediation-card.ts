import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import type { CaseDetail } from '../../../../core/api/api-types';
import { CasesApi, type RemediationGround } from '../../../../core/api/cases-api';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { RecordSender } from './record-sender';
import { RECORDS_TEXTS } from './records.texts';

const T = RECORDS_TEXTS.remediation;

/**
 * 重新调解 (人民调解法 Art 33 ¶3): the links to the case this one mediates again, or to the one that
 * mediates it again; and, when the court refused to confirm the agreement or voided it, the form that
 * registers the new mediation (`grounds` is what the page's policy offers; empty shows no form).
 */
@Component({
  selector: 'tj-remediation-card',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
  ],
  template: `
    <nz-card class="block" [nzTitle]="texts.title">
      @if (detail().remediationOf; as from) {
        <p class="link">
          {{ texts.remediationOf }}<a [routerLink]="['/cases', from.id]">{{ from.caseNumber }}</a>
        </p>
      }
      @if (detail().remediation; as later) {
        <p class="link">
          {{ texts.remediatedBy }}<a [routerLink]="['/cases', later.id]">{{ later.caseNumber }}</a>
        </p>
      }
      @if (grounds().length) {
        <p class="hint">{{ texts.hint }}</p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
          <!-- eslint-disable @angular-eslint/template/label-has-associated-control -- nz-radio renders its input inside the label -->
          <nz-form-item>
            <p class="legend" id="remediation-ground">{{ texts.ground }}</p>
            <nz-form-control>
              <nz-radio-group formControlName="ground" aria-labelledby="remediation-ground">
                @for (g of grounds(); track g) {
                  <label nz-radio [nzValue]="g">{{ texts.grounds[g] }}</label>
                }
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          @if (form.controls.ground.value === 'agreement_invalidated') {
            <nz-form-item>
              <nz-form-label nzRequired nzFor="remediation-ruling">{{ texts.ruling }}</nz-form-label>
              <nz-form-control [nzErrorTip]="tip">
                <input
                  nz-input
                  nzSize="large"
                  id="remediation-ruling"
                  formControlName="ruling"
                  [placeholder]="texts.rulingPlaceholder"
                />
              </nz-form-control>
            </nz-form-item>
          }
          <nz-form-item>
            <nz-form-label nzRequired nzFor="remediation-reason">{{ texts.reason }}</nz-form-label>
            <nz-form-control [nzErrorTip]="tip">
              <textarea
                nz-input
                id="remediation-reason"
                rows="2"
                formControlName="reason"
                [placeholder]="texts.reasonPlaceholder"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          @if (sender.error(); as message) {
            <nz-alert role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
          }
          <button nz-button nzType="primary" nzSize="large" type="submit" [nzLoading]="sender.busy()">
            {{ texts.submit }}
          </button>
        </form>
      }
    </nz-card>
  `,
  styles: `
    :host {
      display: block;
    }
    .block {
      margin-bottom: 16px;
    }
    .hint {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.55);
    }
    .link {
      margin: 0 0 8px;
    }
    .legend {
      margin: 0 0 8px;
      font-weight: 500;
    }
    .legend::after {
      content: ' *';
      color: #ff4d4f;
    }
    nz-alert {
      margin-bottom: 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RemediationCard {
  private readonly api = inject(CasesApi);
  private readonly message = inject(NzMessageService);
  private readonly router = inject(Router);

  readonly detail = input.required<CaseDetail>();
  readonly grounds = input<readonly RemediationGround[]>([]);

  protected readonly texts = T;
  protected readonly errorOf = firstError;
  protected readonly sender = new RecordSender();
  protected readonly form = new FormGroup({
    ground: new FormControl<RemediationGround>('confirmation_refused', { nonNullable: true }),
    ruling: new FormControl('', {
      nonNullable: true,
      validators: [required(T.rulingRequired), maxChars(100)],
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [required(T.reasonRequired), maxChars(2000)],
    }),
  });
  private readonly firstGround = computed(() => this.grounds()[0]);

  constructor() {
    // The first ground offered is the likely one: a refusal when there is one.
    effect(() => {
      const ground = this.firstGround();
      if (ground) this.form.controls.ground.setValue(ground);
    });
  }

  protected submit(): void {
    const { ground, ruling, reason } = this.form.getRawValue();
    const invalidated = ground === 'agreement_invalidated';
    const fields = invalidated
      ? [this.form.controls.ruling, this.form.controls.reason]
      : [this.form.controls.reason];
    if (fields.some((f) => f.invalid)) {
      revealErrors(this.form);
      return;
    }
    const body = { ground, reason: reason.trim(), ...(invalidated ? { ruling: ruling.trim() } : {}) };
    this.sender.send(this.api.remediate(this.detail().id, body), (created) => {
      this.message.success(T.created(created.caseNumber));
      void this.router.navigate(['/cases', created.id]);
    });
  }
}
