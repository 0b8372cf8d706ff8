import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { CASE_PRINT_PURPOSES, PRINT_PURPOSES, type PrintPurpose } from '@tiaojie/contracts';
import { UI_TEXTS } from '../ui.texts';

export interface PrintableDocument {
  label: string;
  /** The API path of the PDF, without a query. */
  url: string;
}

/** The address a print opens: the document with the chosen purpose (audited by the API). */
export function printUrl(url: string, purpose: PrintPurpose): string {
  return `${url}?purpose=${encodeURIComponent(purpose)}`;
}

/**
 * 打印文书: choose the document and why it is printed (docs/security.md "Prints and exports"),
 * then open the PDF in a new tab for the browser's print. Large radio rows for a tablet.
 */
@Component({
  selector: 'tj-print-dialog',
  imports: [FormsModule, NzModalModule, NzRadioModule],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="texts.title"
      [nzOkText]="texts.open"
      [nzCancelText]="texts.cancel"
      [nzOkDisabled]="!chosen()"
      (nzOnOk)="open()"
      (nzOnCancel)="closed.emit()"
    >
      <!-- eslint-disable @angular-eslint/template/label-has-associated-control -- nz-radio renders its input inside the label -->
      <div *nzModalContent class="print">
        @if (documents().length > 1) {
          <fieldset class="print__group">
            <legend>{{ texts.document }}</legend>
            <nz-radio-group
              class="print__options"
              [ngModel]="selected()"
              (ngModelChange)="picked.set($event)"
            >
              @for (d of documents(); track d.url) {
                <label nz-radio class="print__option" [nzValue]="d.url">{{ d.label }}</label>
              }
            </nz-radio-group>
          </fieldset>
        }
        <fieldset class="print__group">
          <legend>{{ texts.purpose }}</legend>
          <nz-radio-group class="print__options" [ngModel]="purpose()" (ngModelChange)="purpose.set($event)">
            @for (p of purposes(); track p) {
              <label nz-radio class="print__option" [nzValue]="p">{{ labels[p] }}</label>
            }
          </nz-radio-group>
        </fieldset>
        <p class="print__hint">{{ texts.purposeHint }}</p>
      </div>
    </nz-modal>
  `,
  styles: `
    .print__group {
      margin: 0 0 12px;
      padding: 0;
      border: 0;
    }
    .print__group legend {
      margin-bottom: 8px;
      font-weight: 600;
      font-size: 15px;
    }
    .print__options {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
      gap: 8px;
    }
    .print__option {
      min-height: 40px;
      align-items: center;
      font-size: 16px;
    }
    .print__hint {
      margin: 0;
      color: rgba(0, 0, 0, 0.55);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintDialog {
  readonly documents = input.required<PrintableDocument[]>();
  readonly purposes = input<readonly PrintPurpose[]>(CASE_PRINT_PURPOSES);
  /** Emitted when the PDF has been opened, or the dialog cancelled. */
  readonly closed = output();

  private readonly window = inject(DOCUMENT).defaultView;
  protected readonly texts = UI_TEXTS.print;
  protected readonly labels = PRINT_PURPOSES;
  protected readonly picked = signal<string | null>(null);
  protected readonly selected = computed(() => this.picked() ?? this.documents()[0]?.url ?? null);
  protected readonly purpose = signal<PrintPurpose>('case_work');
  protected readonly chosen = computed(() => this.selected() !== null);

  protected open(): void {
    const url = this.selected();
    if (!url) return;
    this.window?.open(printUrl(url, this.purpose()), '_blank', 'noopener');
    this.closed.emit();
  }
}
