import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { CaseDetail } from '../../../../core/api/api-types';
import { CasesApi, type PreventionKind, type PreventionRequest } from '../../../../core/api/cases-api';
import { PreventionDialog } from './prevention-dialog';
import { RecordSender } from './record-sender';
import { PREVENTION_LABELS, RECORDS_TEXTS } from './records.texts';

const KINDS = Object.keys(PREVENTION_LABELS) as PreventionKind[];

/** 防止情况: what the case prevented, counted in the statistics; the case team records it. */
@Component({
  selector: 'tj-prevention-card',
  imports: [NzButtonModule, NzCardModule, NzTagModule, PreventionDialog],
  template: `
    <nz-card class="block" [nzTitle]="texts.title" [nzExtra]="canChange() ? edit : undefined">
      <ng-template #edit>
        <button nz-button type="button" (click)="open()">{{ texts.record }}</button>
      </ng-template>
      @for (item of recorded(); track item.kind) {
        <nz-tag class="item" nzColor="green">{{ texts.personsOf(labels[item.kind], item.persons) }}</nz-tag>
      } @empty {
        <p class="muted">{{ texts.none }}</p>
      }
    </nz-card>
    @if (editing()) {
      <tj-prevention-dialog
        [current]="detail().prevention"
        [busy]="sender.busy()"
        [error]="sender.error()"
        (confirmed)="save($event)"
        (cancelled)="editing.set(false)"
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
    .item {
      margin: 0 8px 8px 0;
      white-space: normal;
    }
    .muted {
      margin: 0;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreventionCard {
  private readonly api = inject(CasesApi);
  private readonly message = inject(NzMessageService);

  readonly detail = input.required<CaseDetail>();
  /** Whether the user is on the case team. */
  readonly canChange = input(false);
  /** Recorded: the case should be loaded again. */
  readonly changed = output();

  protected readonly texts = RECORDS_TEXTS.prevention;
  protected readonly labels = PREVENTION_LABELS;
  protected readonly editing = signal(false);
  protected readonly sender = new RecordSender();

  /** The recorded indicators in the report's order. */
  protected readonly recorded = computed(() => {
    const prevention = this.detail().prevention ?? {};
    return KINDS.flatMap((kind) => {
      const persons = prevention[kind];
      return persons ? [{ kind, persons }] : [];
    });
  });

  protected open(): void {
    this.sender.error.set(null);
    this.editing.set(true);
  }

  protected save(body: PreventionRequest): void {
    this.sender.send(this.api.recordPrevention(this.detail().id, body), () => {
      this.message.success(RECORDS_TEXTS.saved);
      this.editing.set(false);
      this.changed.emit();
    });
  }
}
