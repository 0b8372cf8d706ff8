import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Who is signed in: name, role and organisation, side by side. Presentational only. */
@Component({
  selector: 'tj-user-summary',
  template: `
    <span class="user-summary__name">{{ name() }}</span>
    <span class="user-summary__role">{{ role() }}</span>
    <span class="user-summary__org">{{ organisation() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 12px;
      min-width: 0;
      line-height: 1.4;
    }
    .user-summary__name {
      font-weight: 600;
      white-space: nowrap;
    }
    .user-summary__role {
      padding: 2px 8px;
      border-radius: 4px;
      background: #e6f4ff;
      color: #0958d9;
      white-space: nowrap;
    }
    .user-summary__org {
      overflow: hidden;
      color: rgba(0, 0, 0, 0.65);
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserSummary {
  readonly name = input.required<string>();
  readonly role = input.required<string>();
  readonly organisation = input.required<string>();
}
