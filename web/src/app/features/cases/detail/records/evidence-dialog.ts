import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import {
  EVIDENCE_SOURCE_LABELS,
  EVIDENCE_SOURCES,
  type EvidenceSource,
  MAX_EVIDENCE_BYTES,
} from '@tiaojie/contracts';
import type { EvidenceInput } from '../../../../core/api/api-types';
import { chinaDay } from '../../../../shared/forms/dates';
import { firstError, revealErrors } from '../../../../shared/forms/field-errors';
import { maxChars, required } from '../../../../shared/forms/validators';
import { fileSize } from '../../../../shared/ui/file-size';
import { DIALOG_IMPORTS } from '../dialogs/dialog-imports';
import { RECORDS_TEXTS } from './records.texts';

const T = RECORDS_TEXTS.evidence;

/** What the dialog hands back: the fields and the chosen file. */
export interface EvidenceUpload {
  input: EvidenceInput;
  file: File;
}

/** 添加证据材料: the file, what it proves, where it came from, when, and whether it is sensitive. */
@Component({
  selector: 'tj-evidence-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.dialogTitle"
      [nzOkText]="okText"
      [nzCancelText]="cancelText"
      [nzOkLoading]="busy()"
      [nzWidth]="640"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <ng-template #tip let-control>{{ errorOf(control) }}</ng-template>
        @if (error() || fileError(); as message) {
          <nz-alert class="dialog-alert" role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
        }
        @if (busy()) {
          <nz-alert
            class="dialog-alert"
            role="status"
            nzType="info"
            nzShowIcon
            [nzMessage]="texts.uploading"
          />
        }
        <nz-form-item>
          <nz-form-label nzRequired nzFor="evidence-file">{{ texts.file }}</nz-form-label>
          <nz-form-control>
            <input
              id="evidence-file"
              class="file"
              type="file"
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              (change)="choose($any($event.target).files)"
            />
            @if (file(); as chosen) {
              <p class="chosen">{{ texts.chosen(chosen.name, size(chosen.size)) }}</p>
            }
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="evidence-description">{{ texts.description }}</nz-form-label>
          <nz-form-control [nzErrorTip]="tip">
            <textarea
              nz-input
              id="evidence-description"
              rows="3"
              formControlName="description"
              [placeholder]="texts.descriptionPlaceholder"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired nzFor="evidence-source">{{ texts.source }}</nz-form-label>
          <nz-form-control>
            <nz-select nzId="evidence-source" formControlName="source">
              @for (source of sources; track source) {
                <nz-option [nzValue]="source" [nzLabel]="sourceLabels[source]" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="evidence-obtained">{{ texts.obtainedOn }}</nz-form-label>
          <nz-form-control>
            <input nz-input id="evidence-obtained" type="date" [max]="today" formControlName="obtainedOn" />
          </nz-form-control>
        </nz-form-item>
        <label nz-checkbox nzId="evidence-sensitive" for="evidence-sensitive" formControlName="sensitive">{{
          texts.sensitive
        }}</label>
      </form>
    </nz-modal>
  `,
  styles: `
    .dialog-alert {
      margin-bottom: 16px;
    }
    .file {
      font-size: 16px;
      max-width: 100%;
    }
    .chosen {
      margin: 8px 0 0;
      color: rgba(0, 0, 0, 0.65);
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceDialog {
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly confirmed = output<EvidenceUpload>();
  readonly cancelled = output();

  protected readonly texts = T;
  protected readonly okText = RECORDS_TEXTS.save;
  protected readonly cancelText = RECORDS_TEXTS.cancel;
  protected readonly errorOf = firstError;
  protected readonly size = fileSize;
  protected readonly sources = EVIDENCE_SOURCES;
  protected readonly sourceLabels = EVIDENCE_SOURCE_LABELS;
  protected readonly today = chinaDay();
  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly form = new FormGroup({
    description: new FormControl('', {
      nonNullable: true,
      validators: [required(T.descriptionRequired), maxChars(500)],
    }),
    source: new FormControl<EvidenceSource>('party', { nonNullable: true }),
    obtainedOn: new FormControl('', { nonNullable: true }),
    sensitive: new FormControl(false, { nonNullable: true }),
  });

  protected choose(files: FileList | null): void {
    const chosen = files?.item(0) ?? null;
    this.fileError.set(chosen && chosen.size > MAX_EVIDENCE_BYTES ? T.tooLarge(chosen.name) : null);
    this.file.set(chosen && chosen.size <= MAX_EVIDENCE_BYTES ? chosen : null);
  }

  protected submit(): void {
    const file = this.file();
    if (!file) this.fileError.set(this.fileError() ?? T.fileRequired);
    if (this.form.invalid) revealErrors(this.form);
    if (!file || this.form.invalid) return;
    const { description, source, obtainedOn, sensitive } = this.form.getRawValue();
    this.confirmed.emit({
      input: {
        description: description.trim(),
        source,
        sensitivity: sensitive ? 'sensitive' : 'normal',
        ...(obtainedOn ? { obtainedOn } : {}),
      },
      file,
    });
  }
}
