import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AGENT_SCOPE_LABELS, formatPhone } from '@tiaojie/contracts';
import type { Party } from '../../../core/api/api-types';
import {
  ID_TYPE_LABELS,
  PARTY_KIND_LABELS,
  PARTY_ROLE_LABELS,
  SEX_LABELS,
} from '../../../shared/labels/case-labels';
import { CASES_TEXTS } from '../cases.texts';

/** The parties of a case; ID numbers and phones arrive masked unless the user is on the case team. */
@Component({
  selector: 'tj-case-parties',
  imports: [DatePipe, NzButtonModule, NzIconModule, NzTagModule],
  template: `
    @if (!personalDataVisible()) {
      <p class="masked-hint">
        <nz-tag nzColor="default"><nz-icon nzType="eye-invisible" /> {{ texts.masked }}</nz-tag>
        {{ texts.maskedHint }}
      </p>
    }
    <ul class="parties">
      @for (party of parties(); track party.id) {
        <li class="party">
          <div class="party__head">
            <nz-tag
              [nzColor]="
                party.role === 'applicant' ? 'blue' : party.role === 'respondent' ? 'orange' : 'default'
              "
            >
              {{ roles[party.role] }}
            </nz-tag>
            <strong class="party__name">{{ party.name }}</strong>
            <span class="party__meta">
              {{ kinds[party.kind] }}
              @if (party.sex) {
                · {{ sexes[party.sex] }}
              }
              @if (party.ethnicity) {
                · {{ party.ethnicity }}
              }
              @if (party.occupation) {
                · {{ party.occupation }}
              }
            </span>
            @if (party.refusedAt) {
              <nz-tag nzColor="red">{{ texts.refused((party.refusedAt | date: 'yyyy-MM-dd') ?? '') }}</nz-tag>
            }
            @if (editable()) {
              <button
                nz-button
                nzType="link"
                type="button"
                class="party__edit"
                [attr.aria-label]="correction.editLabel(party.name)"
                (click)="edit.emit(party)"
              >
                <nz-icon nzType="edit" />
                {{ correction.edit }}
              </button>
            }
          </div>
          <dl class="party__facts">
            @if (party.idNumber) {
              <dt>{{ party.idType ? idTypes[party.idType] : texts.idNumber }}</dt>
              <dd class="party__mono">{{ party.idNumber }}</dd>
            }
            @if (party.creditCode) {
              <dt>{{ creditCodeLabel }}</dt>
              <dd class="party__mono">{{ party.creditCode }}</dd>
            }
            @if (party.legalRepresentative) {
              <dt>{{ texts.legalRepresentative }}</dt>
              <dd>{{ party.legalRepresentative }}</dd>
            }
            @if (party.phone) {
              <dt>{{ texts.phone }}</dt>
              <dd class="party__mono">{{ formatPhone(party.phone) }}</dd>
            }
            @if (party.address) {
              <dt>{{ texts.address }}</dt>
              <dd>{{ party.address }}</dd>
            }
            @if (party.guardian; as guardian) {
              <dt>{{ texts.guardian }}</dt>
              <dd>
                {{ guardian.name }}({{ guardian.relation }})
                @if (guardian.phone) {
                  <span class="party__mono">{{ formatPhone(guardian.phone) }}</span>
                }
              </dd>
            }
            @if (party.agent; as agent) {
              <dt>{{ texts.agent }}</dt>
              <dd>
                {{ agent.name }}
                @if (agent.phone) {
                  <span class="party__mono">{{ formatPhone(agent.phone) }}</span>
                }
                @if (agent.scope) {
                  {{ scopeLabels[agent.scope] }}
                }
                @if (agent.authority) {
                  ({{ agent.authority }})
                }
                @if (agent.validUntil) {
                  {{ texts.agentUntil(agent.validUntil) }}
                }
              </dd>
            }
          </dl>
        </li>
      }
    </ul>
  `,
  styles: `
    .masked-hint {
      margin: 0 0 12px;
      color: rgba(0, 0, 0, 0.45);
    }
    .parties {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .party + .party {
      margin-top: 12px;
      padding-top: 12px;
      border-top: 1px solid #f0f0f0;
    }
    .party__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 8px;
    }
    .party__edit {
      margin-left: auto;
      min-height: 40px;
    }
    .party__name {
      font-size: 16px;
    }
    .party__meta {
      color: rgba(0, 0, 0, 0.45);
    }
    .party__facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 8px 0 0;
    }
    .party__facts dt {
      color: rgba(0, 0, 0, 0.45);
    }
    .party__facts dd {
      margin: 0;
    }
    .party__mono {
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseParties {
  readonly parties = input.required<readonly Party[]>();
  readonly personalDataVisible = input.required<boolean>();
  /** Whether 更正 is offered on each party (the shared policy, asked by the page). */
  readonly editable = input(false);
  readonly edit = output<Party>();

  protected readonly texts = CASES_TEXTS.detail;
  /** 138 5751 2301, 0575-87012345, 138 **** **01 (libs/contracts/src/phone.ts). */
  protected readonly formatPhone = formatPhone;
  protected readonly scopeLabels = AGENT_SCOPE_LABELS;
  protected readonly correction = CASES_TEXTS.correction;
  protected readonly roles = PARTY_ROLE_LABELS;
  protected readonly kinds = PARTY_KIND_LABELS;
  protected readonly sexes = SEX_LABELS;
  protected readonly idTypes = ID_TYPE_LABELS;
  protected readonly creditCodeLabel = CASES_TEXTS.party.creditCode;
}
