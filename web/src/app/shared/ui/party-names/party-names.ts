import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { PartySummary } from '../../../core/api/api-types';
import { PARTY_ROLE_LABELS } from '../../labels/case-labels';

/** The parties of a case on one line: role in grey, then the name. */
@Component({
  selector: 'tj-party-names',
  template: `
    @for (party of parties(); track party.id) {
      <span class="party">
        <span class="party__role">{{ roles[party.role] }}</span>
        {{ party.name }}
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 4px 12px;
    }
    .party {
      white-space: nowrap;
    }
    .party__role {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartyNames {
  readonly parties = input.required<readonly PartySummary[]>();
  protected readonly roles = PARTY_ROLE_LABELS;
}
