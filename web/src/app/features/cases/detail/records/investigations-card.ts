import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { CaseDetail } from '../../../../core/api/api-types';
import { CasesApi, type Investigation, type InvestigationRequest } from '../../../../core/api/cases-api';
import { chinaDay } from '../../../../shared/forms/dates';
import { type PrintableDocument, PrintDialog } from '../../../../shared/ui/print-dialog/print-dialog';
import { InvestigationDialog } from './investigation-dialog';
import { RecordSender } from './record-sender';
import { RECORDS_TEXTS } from './records.texts';

/**
 * 调查记录 of a case: each interview with its questions and answers; the case team records them and
 * prints each for the person interviewed and the investigators to sign.
 */
@Component({
  selector: 'tj-investigations-card',
  imports: [DatePipe, NzAlertModule, NzButtonModule, NzCardModule, InvestigationDialog, PrintDialog],
  template: `
    <nz-card class="block" [nzTitle]="texts.title" [nzExtra]="canAdd() ? add : undefined">
      <ng-template #add>
        <button nz-button type="button" (click)="open()">{{ texts.add }}</button>
      </ng-template>
      @if (loadError()) {
        <nz-alert role="alert" nzType="warning" nzShowIcon [nzMessage]="texts.loadFailed" />
      }
      @for (record of records(); track record.id) {
        <div class="record">
          <p class="record__title">
            <strong>{{ record.intervieweeName }}</strong>({{ record.intervieweeRelation }}) ·
            {{ record.investigatedAt | date: 'yyyy-MM-dd HH:mm' }} · {{ record.place }}
          </p>
          <p class="record__subject">{{ record.subject }}</p>
          <p class="record__content">{{ record.content }}</p>
          <p class="record__by">{{ texts.by(record.investigatorNames.join('、')) }}</p>
          @if (canPrint()) {
            <button nz-button type="button" (click)="print(record)">{{ texts.print }}</button>
          }
        </div>
      } @empty {
        <p class="muted">{{ texts.none }}</p>
      }
    </nz-card>
    @if (adding()) {
      <tj-investigation-dialog
        [parties]="detail().parties"
        [mediators]="detail().mediators"
        [busy]="sender.busy()"
        [error]="sender.error()"
        (confirmed)="save($event)"
        (cancelled)="adding.set(false)"
      />
    }
    @if (printing(); as documents) {
      <tj-print-dialog [documents]="documents" (closed)="printing.set(null)" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .block {
      margin-bottom: 16px;
    }
    .record + .record {
      margin-top: 12px;
      padding-top: 12px;
      border-top: 1px solid #f0f0f0;
    }
    .record__title,
    .record__subject,
    .record__by {
      margin: 0 0 4px;
    }
    .record__content {
      margin: 0 0 8px;
      white-space: pre-wrap;
    }
    .record__by,
    .muted {
      color: rgba(0, 0, 0, 0.65);
    }
    .muted {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvestigationsCard {
  private readonly api = inject(CasesApi);
  private readonly message = inject(NzMessageService);

  readonly detail = input.required<CaseDetail>();
  /** The case team, while the case is the committee's (the shared policy's `investigation` write). */
  readonly canAdd = input(false);
  /** Whoever prints the case's forms (printableDocuments is not empty). */
  readonly canPrint = input(false);

  protected readonly texts = RECORDS_TEXTS.investigations;
  protected readonly records = signal<Investigation[]>([]);
  protected readonly loadError = signal(false);
  protected readonly adding = signal(false);
  protected readonly printing = signal<PrintableDocument[] | null>(null);
  protected readonly sender = new RecordSender();

  /** Loaded once per case: a new version of the same case's detail asks nothing again. */
  private readonly caseId = computed(() => this.detail().id);

  constructor() {
    effect(() => this.load(this.caseId()));
  }

  protected open(): void {
    this.sender.error.set(null);
    this.adding.set(true);
  }

  protected print(record: Investigation): void {
    this.printing.set([
      {
        label: this.texts.printLabel(record.intervieweeName, chinaDay(new Date(record.investigatedAt))),
        url: `/api/investigations/${encodeURIComponent(record.id)}/record.pdf`,
      },
    ]);
  }

  protected save(body: InvestigationRequest): void {
    this.sender.send(this.api.addInvestigation(this.detail().id, body), () => {
      this.message.success(this.texts.added);
      this.adding.set(false);
      this.load(this.detail().id);
    });
  }

  private load(caseId: string): void {
    this.api.investigations(caseId).subscribe({
      next: (records) => {
        this.loadError.set(false);
        this.records.set(records);
      },
      error: () => this.loadError.set(true),
    });
  }
}
