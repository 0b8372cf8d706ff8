import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { EVIDENCE_SOURCE_LABELS } from '@tiaojie/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { Evidence } from '../../../../core/api/api-types';
import { CasesApi } from '../../../../core/api/cases-api';
import { fileSize } from '../../../../shared/ui/file-size';
import { type EvidenceUpload, EvidenceDialog } from './evidence-dialog';
import { RecordSender } from './record-sender';
import { RECORDS_TEXTS } from './records.texts';

/**
 * 证据材料 of a case: each piece with what it proves, its source and date; the file opens for whoever
 * the API lets open it (`mayOpen`), a sensitive piece outside the case team shows only that it exists.
 */
@Component({
  selector: 'tj-evidence-card',
  imports: [DatePipe, NzAlertModule, NzButtonModule, NzCardModule, NzIconModule, NzTagModule, EvidenceDialog],
  template: `
    <nz-card class="block" [nzTitle]="texts.title" [nzExtra]="canAdd() ? add : undefined">
      <ng-template #add>
        <button nz-button type="button" (click)="open()">
          <span nz-icon nzType="upload"></span>
          {{ texts.add }}
        </button>
      </ng-template>
      @if (loadError()) {
        <nz-alert role="alert" nzType="warning" nzShowIcon [nzMessage]="texts.loadFailed" />
      }
      @for (piece of pieces(); track piece.id) {
        <div class="piece">
          <p class="piece__title">
            @if (piece.sensitivity === 'sensitive') {
              <nz-tag nzColor="red">{{ texts.sensitiveTag }}</nz-tag>
            }
            @if (piece.mayOpen) {
              <a target="_blank" rel="noopener" [href]="fileUrl(piece.id)">{{ piece.description }}</a>
            } @else {
              <span>{{ piece.description }}</span>
            }
          </p>
          <p class="piece__meta">
            {{ texts.line(sourceLabels[piece.source], size(piece.size), piece.pages) }}
            @if (piece.obtainedOn) {
              · {{ texts.obtained(piece.obtainedOn) }}
            }
            · {{ piece.uploadedAt | date: 'yyyy-MM-dd HH:mm' }}
          </p>
        </div>
      } @empty {
        <p class="muted">{{ texts.none }}</p>
      }
    </nz-card>
    @if (adding()) {
      <tj-evidence-dialog
        [busy]="sender.busy()"
        [error]="sender.error()"
        (confirmed)="save($event)"
        (cancelled)="adding.set(false)"
      />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .block {
      margin-bottom: 16px;
    }
    .piece + .piece {
      border-top: 1px solid #f0f0f0;
      padding-top: 8px;
    }
    .piece__title {
      margin: 0;
      font-size: 16px;
      overflow-wrap: anywhere;
    }
    .piece__meta,
    .muted {
      margin: 0 0 8px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceCard {
  private readonly api = inject(CasesApi);
  private readonly message = inject(NzMessageService);

  readonly caseId = input.required<string>();
  /** The shared policy lets this user add evidence now (mayAddEvidence). */
  readonly canAdd = input(false);

  protected readonly texts = RECORDS_TEXTS.evidence;
  protected readonly sourceLabels = EVIDENCE_SOURCE_LABELS;
  protected readonly size = fileSize;
  protected readonly pieces = signal<Evidence[]>([]);
  protected readonly loadError = signal(false);
  protected readonly adding = signal(false);
  protected readonly sender = new RecordSender();

  constructor() {
    effect(() => this.load(this.caseId()));
  }

  protected fileUrl(id: string): string {
    return this.api.evidenceFileUrl(id);
  }

  protected open(): void {
    this.sender.error.set(null);
    this.adding.set(true);
  }

  protected save(upload: EvidenceUpload): void {
    this.sender.send(this.api.addEvidence(this.caseId(), upload.input, upload.file), () => {
      this.message.success(this.texts.added);
      this.adding.set(false);
      this.load(this.caseId());
    });
  }

  private load(caseId: string): void {
    this.api.evidence(caseId).subscribe({
      next: (pieces) => {
        this.loadError.set(false);
        this.pieces.set(pieces);
      },
      error: () => this.loadError.set(true),
    });
  }
}
