import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzIconModule } from 'ng-zorro-antd/icon';
import type { AgreementCheck } from '../../../core/api/api-types';
import { AGREEMENTS_TEXTS } from '../agreements.texts';
import { checkParts } from './check-parts';

/**
 * 法定要件检查: what the agreement still lacks (the API's `check.messages`). Green once the
 * content is complete; the signatures still to collect are listed apart.
 */
@Component({
  selector: 'tj-checklist-panel',
  imports: [NzIconModule],
  template: `
    <section
      class="checklist"
      [class.checklist--complete]="parts()?.content?.length === 0"
      [attr.aria-label]="texts.title"
      aria-live="polite"
    >
      <h2 class="checklist__title">{{ texts.title }}</h2>
      @if (parts(); as p) {
        @if (p.content.length === 0) {
          <p class="checklist__status">
            <nz-icon nzType="check-circle" />
            {{ p.signatures.length ? texts.complete : texts.allDone }}
          </p>
        } @else {
          <p class="checklist__status">{{ texts.incomplete(p.content.length) }}</p>
          <ul class="checklist__list">
            @for (message of p.content; track $index) {
              <li><nz-icon nzType="close-circle" /> {{ message }}</li>
            }
          </ul>
        }
        @if (p.signatures.length) {
          <h3 class="checklist__subtitle">{{ texts.toSign }}</h3>
          <ul class="checklist__list checklist__list--signatures">
            @for (message of p.signatures; track $index) {
              <li>{{ message }}</li>
            }
          </ul>
        }
      } @else {
        <p class="checklist__status">{{ texts.unsaved }}</p>
      }
    </section>
  `,
  styles: `
    .checklist {
      padding: 16px;
      border: 1px solid #ffd591;
      border-radius: 8px;
      background: #fff7e6;
    }
    .checklist--complete {
      border-color: #b7eb8f;
      background: #f6ffed;
    }
    .checklist__title {
      margin: 0 0 8px;
      font-size: 16px;
    }
    .checklist__subtitle {
      margin: 12px 0 4px;
      color: rgba(0, 0, 0, 0.65);
      font-size: 14px;
    }
    .checklist__status {
      margin: 0 0 8px;
      font-weight: 500;
    }
    .checklist--complete .checklist__status {
      color: #389e0d;
    }
    .checklist__list {
      margin: 0;
      padding: 0;
      list-style: none;
      color: #ad4e00;
    }
    .checklist__list li {
      padding: 2px 0;
    }
    .checklist__list--signatures {
      color: rgba(0, 0, 0, 0.65);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChecklistPanel {
  /** The API's check, or null before the draft is first saved. */
  readonly check = input<AgreementCheck | null>(null);
  protected readonly texts = AGREEMENTS_TEXTS.checklist;
  protected readonly parts = computed(() => {
    const check = this.check();
    return check ? checkParts(check) : null;
  });
}
