import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import type { Party } from '../../../../core/api/api-types';
import type { InvestigationRequest } from '../../../../core/api/cases-api';
import { afterToday } from '../../../../shared/forms/dates';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, notAfterNow, required } from '../../../../shared/forms/validators';
import { PARTY_ROLE_LABELS } from '../../../../shared/labels/case-labels';
import { DIALOG_IMPORTS } from '../dialogs/dialog-imports';
import { RECORDS_TEXTS } from './records.texts';

const T = RECORDS_TEXTS.investigations;

/** 记录调查: who was interviewed, where and when, by whom, about what, and the questions and answers. */
@Component({
  selector: 'tj-investigation-dialog',
  imports: [DIALOG_IMPORTS, NzDatePickerModule],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.add"
      [nzOkText]="saveText"
      [nzCancelText]="cancelText"
      [nzOkLoading]="busy()"
      nzWidth="720px"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        @if (error(); as message) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="investigation-time">{{ texts.time }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-date-picker
              nzSize="large"
              nzId="investigation-time"
              nzShowTime
              nzFormat="yyyy-MM-dd HH:mm"
              [nzDisabledDate]="afterToday"
              formControlName="investigatedAt"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="investigation-place">{{ texts.place }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input nzSize="large" id="investigation-place" formControlName="place" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="investigation-investigators">{{
            texts.investigators
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <nz-select
              nzSize="large"
              nzMode="multiple"
              nzId="investigation-investigators"
              formControlName="investigatorIds"
            >
              @for (mediator of mediators(); track mediator.id) {
                <nz-option [nzValue]="mediator.id" [nzLabel]="mediator.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="investigation-recorder">{{ texts.recorder }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input nzSize="large" id="investigation-recorder" formControlName="recorderName" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="investigation-party">{{ texts.party }}</nz-form-label>
          <nz-form-control>
            <nz-select nzSize="large" nzId="investigation-party" formControlName="partyId">
              <nz-option [nzValue]="null" [nzLabel]="texts.partyNone" />
              @for (party of parties(); track party.id) {
                <nz-option [nzValue]="party.id" [nzLabel]="roles[party.role] + ' ' + party.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="investigation-name">{{ texts.intervieweeName }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input nzSize="large" id="investigation-name" formControlName="intervieweeName" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="investigation-relation">{{ texts.relation }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input
              nz-input
              nzSize="large"
              id="investigation-relation"
              formControlName="intervieweeRelation"
              [placeholder]="texts.relationPlaceholder"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="investigation-subject">{{ texts.subject }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <input nz-input nzSize="large" id="investigation-subject" formControlName="subject" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="investigation-content">{{ texts.content }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="investigation-content"
              rows="8"
              formControlName="content"
              [placeholder]="texts.contentPlaceholder"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
  styles: `
    .dialog-alert {
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvestigationDialog {
  readonly parties = input.required<readonly Party[]>();
  readonly mediators = input.required<readonly { id: string; name: string }[]>();
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<InvestigationRequest>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly saveText = RECORDS_TEXTS.save;
  protected readonly cancelText = RECORDS_TEXTS.cancel;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly afterToday = afterToday;
  protected readonly errorOf = firstError;
  protected readonly form = new FormGroup({
    investigatedAt: new FormControl<Date | null>(new Date(), [
      required(T.timeRequired),
      notAfterNow(T.timeFuture),
    ]),
    place: new FormControl('', { nonNullable: true, validators: [required(T.placeRequired), maxChars(200)] }),
    investigatorIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: required(T.investigatorsRequired),
    }),
    recorderName: new FormControl('', { nonNullable: true, validators: maxChars(50) }),
    partyId: new FormControl<string | null>(null),
    intervieweeName: new FormControl('', {
      nonNullable: true,
      validators: [required(T.intervieweeNameRequired), maxChars(100)],
    }),
    intervieweeRelation: new FormControl('', {
      nonNullable: true,
      validators: [required(T.relationRequired), maxChars(50)],
    }),
    subject: new FormControl('', {
      nonNullable: true,
      validators: [required(T.subjectRequired), maxChars(200)],
    }),
    content: new FormControl('', {
      nonNullable: true,
      validators: [required(T.contentRequired), maxChars(20000)],
    }),
  });

  constructor() {
    // A party interviewed: its name and role are known.
    this.form.controls.partyId.valueChanges.subscribe((id) => {
      const party = this.parties().find((p) => p.id === id);
      if (!party) return;
      this.form.controls.intervieweeName.setValue(party.name);
      this.form.controls.intervieweeRelation.setValue(`当事人(${this.roles[party.role]})`);
    });
  }

  protected submit(): void {
    const v = this.form.getRawValue();
    if (this.form.invalid || !v.investigatedAt) {
      revealErrors(this.form);
      return;
    }
    this.confirmed.emit({
      investigatedAt: v.investigatedAt.toISOString(),
      place: v.place.trim(),
      investigatorIds: v.investigatorIds,
      ...(v.recorderName.trim() ? { recorderName: v.recorderName.trim() } : {}),
      ...(v.partyId ? { partyId: v.partyId } : {}),
      intervieweeName: v.intervieweeName.trim(),
      intervieweeRelation: v.intervieweeRelation.trim(),
      subject: v.subject.trim(),
      content: v.content,
    });
  }
}
