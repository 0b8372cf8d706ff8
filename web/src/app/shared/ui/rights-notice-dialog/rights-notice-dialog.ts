import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSegmentedModule, type NzSegmentedOption } from 'ng-zorro-antd/segmented';
import { RIGHTS_NOTICE_METHODS, type RightsNoticeMethod } from '@tiaojie/contracts';
import type { Party } from '../../../core/api/api-types';
import type { RightsNotice } from '../../../core/api/cases-api';
import { PARTY_ROLE_LABELS } from '../../labels/case-labels';
import { UI_TEXTS } from '../ui.texts';

const T = UI_TEXTS.rightsNotice;

/**
 * 受理并送达告知书: acceptance needs the rights-and-duties notice (form 2) delivered to every party
 * (the API refuses it otherwise); the user says how it was delivered and confirms that it was.
 * Used for a case registered here and for a referral taken in.
 */
@Component({
  selector: 'tj-rights-notice-dialog',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzCheckboxModule,
    NzFormModule,
    NzModalModule,
    NzSegmentedModule,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.title"
      [nzOkText]="texts.ok"
      [nzOkLoading]="busy()"
      [nzOkDisabled]="!form.controls.delivered.value"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <nz-alert class="notice" nzType="info" nzShowIcon [nzMessage]="texts.why" />
        @if (parties().length) {
          <fieldset class="who" role="group" [attr.aria-label]="texts.to">
            <legend>{{ texts.to }}</legend>
            @for (party of parties(); track party.id; let i = $index) {
              <label
                class="check"
                nz-checkbox
                [nzId]="'rights-told-' + i"
                [for]="'rights-told-' + i"
                [formControl]="form.controls.told.at(i)"
              >
                {{ roles[party.role] }} {{ party.name }}
                @if (party.role === 'applicant') {
                  <span class="muted">{{ texts.applicantRequired }}</span>
                }
              </label>
            }
            <p class="muted">{{ texts.laterHint }}</p>
          </fieldset>
        } @else {
          <p class="who">
            {{ texts.to }}<strong>{{ texts.everyone }}</strong>
          </p>
        }
        <nz-form-item>
          <nz-form-label nzFor="rights-notice-method">{{ texts.method }}</nz-form-label>
          <nz-form-control>
            <nz-segmented
              id="rights-notice-method"
              nzSize="large"
              [nzOptions]="methods"
              formControlName="method"
            />
          </nz-form-control>
        </nz-form-item>
        <label
          class="check"
          nz-checkbox
          nzId="rights-acknowledged"
          for="rights-acknowledged"
          formControlName="acknowledged"
        >
          {{ texts.acknowledged }}
        </label>
        <label
          class="check"
          nz-checkbox
          nzId="rights-delivered"
          for="rights-delivered"
          formControlName="delivered"
        >
          {{ texts.delivered }}
        </label>
        @if (error()) {
          <nz-alert class="notice" nzType="error" nzShowIcon [nzMessage]="error()!" />
        }
      </form>
    </nz-modal>
  `,
  styles: `
    .notice {
      margin-bottom: 16px;
    }
    .who {
      margin: 0 0 16px;
      padding: 0;
      border: 0;
      font-size: 16px;
    }
    .muted {
      margin: 0 0 0 8px;
      color: rgba(0, 0, 0, 0.65);
    }
    .check {
      display: flex;
      min-height: 44px;
      align-items: center;
      margin: 0 0 4px;
      font-size: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RightsNoticeDialog {
  /**
   * The parties still to be told, each ticked; an applicant cannot be left out (the API accepts only
   * once the applicants are told). Empty when the page does not know them (a referral): all are told.
   */
  readonly parties = input<readonly Pick<Party, 'id' | 'name' | 'role'>[]>([]);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<RightsNotice>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly methods: NzSegmentedOption[] = RIGHTS_NOTICE_METHODS.map((value) => ({
    value,
    label: T.methodLabels[value],
  }));
  protected readonly form = new FormGroup({
    method: new FormControl<RightsNoticeMethod>('written', { nonNullable: true }),
    acknowledged: new FormControl(true, { nonNullable: true }),
    delivered: new FormControl(false, { nonNullable: true }),
    told: new FormArray<FormControl<boolean>>([]),
  });

  constructor() {
    effect(() => {
      const told = this.form.controls.told;
      told.clear();
      for (const party of this.parties()) {
        told.push(
          new FormControl({ value: true, disabled: party.role === 'applicant' }, { nonNullable: true }),
        );
      }
    });
  }

  protected submit(): void {
    const { method, acknowledged, delivered, told } = this.form.getRawValue();
    if (!delivered) return;
    const parties = this.parties();
    if (!parties.length) return this.confirmed.emit({ method, acknowledged });
    this.confirmed.emit({
      method,
      acknowledged,
      partyIds: parties.filter((_, i) => told[i]).map((p) => p.id),
    });
  }
}
