import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { CaseMediator, PartySummary, Session } from '../../../core/api/api-types';
import { PARTY_ROLE_LABELS, SESSION_MODE_COLORS, SESSION_MODE_LABELS } from '../../labels/case-labels';
import { PrivateBox } from '../private-box/private-box';
import { UI_TEXTS } from '../ui.texts';

/** A session held remotely is marked as such; one in the room needs no mark. */
const REMOTE_LABELS: Partial<Record<Session['medium'], string>> = { phone: '电话调解', video: '视频调解' };

/** One recorded mediation session (调解记录), with its private notes only when the API sent them. */
@Component({
  selector: 'tj-session-card',
  imports: [DatePipe, NzIconModule, NzTagModule, PrivateBox],
  templateUrl: './session-card.html',
  styleUrl: './session-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionCard {
  readonly session = input.required<Session>();
  /** The case's parties and mediators, to name those who attended. */
  readonly parties = input.required<readonly PartySummary[]>();
  readonly mediators = input.required<readonly CaseMediator[]>();

  protected readonly texts = UI_TEXTS;
  protected readonly modeLabel = computed(() => SESSION_MODE_LABELS[this.session().mode]);
  protected readonly modeColor = computed(() => SESSION_MODE_COLORS[this.session().mode]);
  protected readonly remoteLabel = computed(() => REMOTE_LABELS[this.session().medium] ?? null);
  protected readonly partyNames = computed(() => {
    const ids = this.session().partyIds;
    return this.parties()
      .filter((party) => ids.includes(party.id))
      .map((party) => `${PARTY_ROLE_LABELS[party.role]} ${party.name}`)
      .join(UI_TEXTS.listSeparator);
  });
  protected readonly mediatorNames = computed(() => {
    const ids = this.session().mediatorIds;
    return this.mediators()
      .filter((mediator) => ids.includes(mediator.id))
      .map((mediator) => mediator.name)
      .join(UI_TEXTS.listSeparator);
  });
}
