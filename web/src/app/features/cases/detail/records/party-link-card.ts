import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import type { CaseDetail } from '../../../../core/api/api-types';
import { CasesApi, type PartyLinkPurpose } from '../../../../core/api/cases-api';
import { RecordSender } from './record-sender';
import { RECORDS_TEXTS } from './records.texts';

const T = RECORDS_TEXTS.partyLink;

/**
 * 发送当事人链接: the case team texts a party a one-time link to read the case's documents, sign the
 * agreement or evaluate the mediation on their own phone (the party proves the phone with an SMS code).
 */
@Component({
  selector: 'tj-party-link-card',
  imports: [FormsModule, NzAlertModule, NzButtonModule, NzCardModule, NzSelectModule],
  template: `
    <nz-card class="block" [nzTitle]="texts.title">
      <p class="hint">{{ texts.hint }}</p>
      <div class="row">
        <nz-select
          class="field"
          nzSize="large"
          [nzPlaceHolder]="texts.party"
          [attr.aria-label]="texts.party"
          [ngModel]="partyId()"
          (ngModelChange)="partyId.set($event)"
        >
          @for (party of detail().parties; track party.id) {
            <nz-option [nzValue]="party.id" [nzLabel]="party.name" />
          }
        </nz-select>
        <nz-select
          class="field"
          nzSize="large"
          [attr.aria-label]="texts.purpose"
          [ngModel]="purpose()"
          (ngModelChange)="purpose.set($event)"
        >
          @for (p of purposes; track p) {
            <nz-option [nzValue]="p" [nzLabel]="texts.purposes[p]" />
          }
        </nz-select>
        <button
          nz-button
          nzType="primary"
          nzSize="large"
          type="button"
          [disabled]="!partyId()"
          [nzLoading]="sender.busy()"
          (click)="send()"
        >
          {{ texts.send }}
        </button>
      </div>
      @if (sender.error(); as message) {
        <nz-alert role="alert" nzType="error" nzShowIcon [nzMessage]="message" />
      }
    </nz-card>
  `,
  styles: `
    :host {
      display: block;
    }
    .block {
      margin-bottom: 16px;
    }
    .hint {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-bottom: 12px;
    }
    .field {
      min-width: 160px;
      flex: 1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartyLinkCard {
  private readonly api = inject(CasesApi);
  private readonly message = inject(NzMessageService);

  readonly detail = input.required<CaseDetail>();

  protected readonly texts = T;
  protected readonly purposes: readonly PartyLinkPurpose[] = ['read', 'sign', 'evaluate'];
  protected readonly partyId = signal<string | null>(null);
  protected readonly purpose = signal<PartyLinkPurpose>('read');
  protected readonly sender = new RecordSender();

  protected send(): void {
    const partyId = this.partyId();
    if (!partyId) return;
    const name = this.detail().parties.find((p) => p.id === partyId)?.name ?? '';
    this.sender.send(this.api.sendPartyLink(this.detail().id, partyId, this.purpose()), () =>
      this.message.success(T.sent(name)),
    );
  }
}
