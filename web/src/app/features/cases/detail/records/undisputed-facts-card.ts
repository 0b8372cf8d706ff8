import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import type { CaseDetail } from '../../../../core/api/api-types';
import { ReferralsApi } from '../../../../core/api/referrals-api';
import { RecordSender } from './record-sender';
import { RECORDS_TEXTS } from './records.texts';
import { UndisputedFactsDialog } from './undisputed-facts-dialog';

/** 无争议事实: what both parties accept, shown and (for the case team) recorded. */
@Component({
  selector: 'tj-undisputed-facts-card',
  imports: [NzButtonModule, NzCardModule, UndisputedFactsDialog],
  template: `
    <nz-card class="block" [nzTitle]="texts.title" [nzExtra]="canChange() ? edit : undefined">
      <ng-template #edit>
        <button nz-button type="button" (click)="open()">
          {{ detail().undisputedFacts ? texts.edit : texts.record }}
        </button>
      </ng-template>
      @if (detail().undisputedFacts; as facts) {
        <p class="prose">{{ facts }}</p>
      } @else {
        <p class="muted">{{ texts.none }}</p>
      }
    </nz-card>
    @if (editing()) {
      <tj-undisputed-facts-dialog
        [current]="detail().undisputedFacts"
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
    .prose {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .muted {
      margin: 0;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UndisputedFactsCard {
  private readonly api = inject(ReferralsApi);
  private readonly message = inject(NzMessageService);

  readonly detail = input.required<CaseDetail>();
  /** Whether the user is on the case team. */
  readonly canChange = input(false);
  /** Recorded: the case should be loaded again. */
  readonly changed = output();

  protected readonly texts = RECORDS_TEXTS.undisputed;
  protected readonly editing = signal(false);
  protected readonly sender = new RecordSender();

  protected open(): void {
    this.sender.error.set(null);
    this.editing.set(true);
  }

  protected save(text: string): void {
    this.sender.send(this.api.recordUndisputedFacts(this.detail().id, text), () => {
      this.message.success(RECORDS_TEXTS.saved);
      this.editing.set(false);
      this.changed.emit();
    });
  }
}
