import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import type { CaseAction } from '../../../core/api/api-types';
import { ACTION_LABELS } from '../../../shared/labels/case-labels';
import type { CaseEventKind } from '../case-permissions';
import { CASES_TEXTS } from '../cases.texts';

export type { CaseEventKind } from '../case-permissions';

/** Actions that end or hand over the case get a red button. */
const DANGEROUS: readonly CaseAction[] = ['reject', 'terminate', 'transfer', 'close', 'archive'];
const PRIMARY: readonly CaseAction[] = ['accept', 'assign', 'resume'];

/** The buttons of a case: its transitions first, then the records that can be added. */
@Component({
  selector: 'tj-case-action-bar',
  imports: [RouterLink, NzButtonModule, NzIconModule],
  template: `
    <div class="bar" role="toolbar" [attr.aria-label]="texts.actionsLabel">
      @if (sessionLink(); as link) {
        <a nz-button nzType="primary" nzSize="large" [routerLink]="link">
          <nz-icon nzType="edit" />
          {{ texts.recordSession }}
        </a>
      }
      @if (agreementLink(); as agreement) {
        <a nz-button nzType="primary" nzSize="large" [routerLink]="agreement.link">
          <nz-icon nzType="file-text" />
          {{ agreement.label }}
        </a>
      }
      @for (action of actions(); track action) {
        <button
          nz-button
          nzSize="large"
          type="button"
          [nzType]="isPrimary(action) ? 'primary' : 'default'"
          [nzDanger]="isDangerous(action)"
          [disabled]="busy()"
          (click)="act.emit(action)"
        >
          {{ labels[action] }}
        </button>
      }
      @if (events().includes('risk')) {
        <button nz-button nzSize="large" type="button" [disabled]="busy()" (click)="record.emit('risk')">
          <nz-icon nzType="alert" />
          {{ texts.raiseRisk }}
        </button>
      }
      @if (events().includes('refusal')) {
        <button nz-button nzSize="large" type="button" [disabled]="busy()" (click)="record.emit('refusal')">
          {{ texts.recordRefusal }}
        </button>
      }
      @if (events().includes('conflict')) {
        <button nz-button nzSize="large" type="button" [disabled]="busy()" (click)="record.emit('conflict')">
          {{ texts.recordConflict }}
        </button>
      }
    </div>
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
export class CaseActionBar {
  readonly actions = input.required<readonly CaseAction[]>();
  /** Where 记录调解 leads, or null when no session can be recorded now. */
  readonly sessionLink = input<string[] | null>(null);
  /** 起草调解协议 or 调解协议, or null when there is no agreement to draft or open. */
  readonly agreementLink = input<{ link: string[]; label: string } | null>(null);
  /** The records this user may add now (risk report, refusal, conflict), each by its own power. */
  readonly events = input<readonly CaseEventKind[]>([]);
  readonly busy = input(false);
  readonly act = output<CaseAction>();
  readonly record = output<CaseEventKind>();

  protected readonly texts = CASES_TEXTS.detail;
  protected readonly labels = ACTION_LABELS;

  protected isDangerous(action: CaseAction): boolean {
    return DANGEROUS.includes(action);
  }

  protected isPrimary(action: CaseAction): boolean {
    return PRIMARY.includes(action);
  }
}
