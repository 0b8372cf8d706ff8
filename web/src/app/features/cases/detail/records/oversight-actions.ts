import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { CaseDetail } from '../../../../core/api/api-types';
import { OversightApi } from '../../../../core/api/oversight-api';
import { OVERSIGHT_TEXTS } from '../../../oversight/oversight.texts';
import { NoteDialog } from '../../../../shared/ui/note-dialog/note-dialog';
import { RecordSender } from './record-sender';
import { RECORDS_TEXTS } from './records.texts';

/** The judicial office on a case: 督办 (as on the oversight dashboard) and, for a finished file, 卷宗评查. */
@Component({
  selector: 'tj-oversight-actions',
  imports: [RouterLink, NzButtonModule, NzIconModule, NoteDialog],
  template: `
    <div class="bar" role="toolbar" [attr.aria-label]="texts.label">
      @if (canSupervise()) {
        <button nz-button nzSize="large" type="button" (click)="open()">
          <nz-icon nzType="alert" />
          {{ texts.supervise }}
        </button>
      }
      @if (canReview()) {
        <a nz-button nzSize="large" [routerLink]="['/oversight/review', detail().id]">
          <nz-icon nzType="file-protect" />
          {{ texts.review }}
        </a>
      }
    </div>
    @if (supervising()) {
      <tj-note-dialog
        [title]="superviseTexts.title"
        [okText]="superviseTexts.ok"
        [label]="superviseTexts.note"
        [requiredMessage]="superviseTexts.noteRequired"
        [placeholder]="superviseTexts.placeholder"
        [intro]="detail().caseNumber + ' ' + detail().title"
        [busy]="sender.busy()"
        [error]="sender.error()"
        (confirmed)="supervise($event)"
        (cancelled)="supervising.set(false)"
      />
    }
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OversightActions {
  private readonly api = inject(OversightApi);
  private readonly message = inject(NzMessageService);

  readonly detail = input.required<CaseDetail>();
  readonly canSupervise = input(false);
  readonly canReview = input(false);

  protected readonly texts = RECORDS_TEXTS.oversight;
  protected readonly superviseTexts = OVERSIGHT_TEXTS.supervise;
  protected readonly supervising = signal(false);
  protected readonly sender = new RecordSender();

  protected open(): void {
    this.sender.error.set(null);
    this.supervising.set(true);
  }

  protected supervise(note: string): void {
    this.sender.send(this.api.supervise(this.detail().id, note), () => {
      this.message.success(this.superviseTexts.sent);
      this.supervising.set(false);
    });
  }
}
