import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { consentStateLabel, currentConsents } from '@tiaojie/contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { CaseDetail } from '../../../../core/api/api-types';
import { CasesApi, type ConsentRequest } from '../../../../core/api/cases-api';
import { PARTY_ROLE_LABELS } from '../../../../shared/labels/case-labels';
import { partiesUntold } from '../../case-permissions';
import { ConsentDialog } from './consent-dialog';
import { RecordSender } from './record-sender';
import { RECORDS_TEXTS } from './records.texts';

/**
 * 告知与同意: per party, what holds now (the latest record of each kind) and whether the rights notice
 * is still to be delivered; whoever may take the case in records more.
 */
@Component({
  selector: 'tj-consents-card',
  imports: [DatePipe, NzButtonModule, NzCardModule, NzTagModule, ConsentDialog],
  template: `
    <nz-card class="block" [nzTitle]="texts.title" [nzExtra]="canRecord() ? add : undefined">
      <ng-template #add>
        <button nz-button type="button" (click)="open()">{{ texts.record }}</button>
      </ng-template>
      @for (row of rows(); track row.id) {
        <div class="party">
          <span class="name">{{ roles[row.role] }} {{ row.name }}</span>
          @if (row.untold) {
            <nz-tag nzColor="orange">{{ texts.untold }}</nz-tag>
          }
          @for (item of row.items; track item.id) {
            <nz-tag class="item" [nzColor]="item.given ? 'green' : 'default'" [title]="item.by">
              {{ item.label }} · {{ item.at | date: 'yyyy-MM-dd HH:mm' }}
            </nz-tag>
          }
          @if (!row.untold && !row.items.length) {
            <span class="muted">{{ texts.none }}</span>
          }
        </div>
      }
    </nz-card>
    @if (editing()) {
      <tj-consent-dialog
        [parties]="detail().parties"
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
    .party {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      padding: 8px 0;
    }
    .party + .party {
      border-top: 1px solid #f0f0f0;
    }
    .name {
      min-width: 8em;
      font-weight: 600;
    }
    .item {
      white-space: normal;
    }
    .muted {
      color: rgba(0, 0, 0, 0.65);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsentsCard {
  private readonly api = inject(CasesApi);
  private readonly message = inject(NzMessageService);

  readonly detail = input.required<CaseDetail>();
  readonly canRecord = input(false);
  readonly changed = output();

  protected readonly texts = RECORDS_TEXTS.consents;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly editing = signal(false);
  protected readonly sender = new RecordSender();

  protected readonly rows = computed(() => {
    const detail = this.detail();
    const untold = new Set(partiesUntold(detail).map((p) => p.id));
    const current = currentConsents(detail.consents);
    return detail.parties.map((party) => ({
      id: party.id,
      role: party.role,
      name: party.name,
      untold: untold.has(party.id),
      items: current
        .filter((k) => k.partyId === party.id)
        .map((k) => ({
          id: k.id,
          given: k.given,
          at: k.at,
          label: consentStateLabel(k.kind, k.given, k.method),
          by: this.texts.by(k.recordedByName, k.at.slice(0, 10)),
        })),
    }));
  });

  protected open(): void {
    this.sender.error.set(null);
    this.editing.set(true);
  }

  protected save(body: ConsentRequest): void {
    this.sender.send(this.api.recordConsent(this.detail().id, body), () => {
      this.message.success(RECORDS_TEXTS.saved);
      this.editing.set(false);
      this.changed.emit();
    });
  }
}
