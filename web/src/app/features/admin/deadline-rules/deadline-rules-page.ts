import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MEDIATION_BODY_KINDS, mayCall } from '@tiaojie/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { type Observable, finalize, of } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import {
  type DeadlineRule,
  DeadlineRulesApi,
  type UpdateDeadlineRuleRequest,
} from '../../../core/api/deadline-rules-api';
import { OrganisationsApi, flatten } from '../../../core/api/organisations-api';
import { AuthService } from '../../../core/auth/auth.service';
import { CLOCK_KIND_LABELS } from '../../../shared/labels/deadline-labels';
import { ADMIN_TEXTS } from '../admin.texts';
import { AdminPageFrame } from '../shared/admin-page-frame';
import { DeadlineRuleDialog } from './deadline-rule-dialog';
import { appliesTo, daysText, ruleName } from './deadline-rule-labels';

const T = ADMIN_TEXTS.deadlineRules;

/** The scope selector's value for the system's rules (else a committee's id). */
const SYSTEM = 'system';

/**
 * 期限规则: how long each kind of clock runs. The administrator changes the system's rules, or a
 * committee's own (chosen at the top); a director sets his committee's own beside the system's, and
 * goes back to them. Statutory rules (law, the court) are not changed here. A change applies to clocks
 * started afterwards.
 */
@Component({
  selector: 'tj-deadline-rules-page',
  imports: [
    AdminPageFrame,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    NzTooltipModule,
    DeadlineRuleDialog,
  ],
  templateUrl: './deadline-rules-page.html',
  styleUrl: '../shared/admin-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeadlineRulesPage {
  private readonly api = inject(DeadlineRulesApi);
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly me = inject(AuthService).user;

  protected readonly texts = T;
  protected readonly common = ADMIN_TEXTS;
  protected readonly system = SYSTEM;
  protected readonly kindLabels = CLOCK_KIND_LABELS;
  protected readonly appliesTo = appliesTo;
  protected readonly daysText = daysText;
  protected readonly may = computed(() => {
    const role = this.me()?.role;
    return {
      /** The administrator: the system's rules, and any committee's. */
      system: !!role && mayCall(role, 'PUT /api/deadline-rules/:id'),
      committee: !!role && mayCall(role, 'PUT /api/organisations/:id/deadline-rules/:ruleId'),
      reset: !!role && mayCall(role, 'DELETE /api/organisations/:id/deadline-rules/:ruleId'),
    };
  });

  /** The committees and centres the administrator may choose (a director has his own only). */
  private readonly organisationTree = rxResource({
    params: () => (this.may().system ? true : undefined),
    stream: () => this.organisationsApi.tree(),
  });
  protected readonly bodies = computed(() =>
    this.organisationTree.hasValue()
      ? flatten(this.organisationTree.value()).filter((org) => MEDIATION_BODY_KINDS.includes(org.kind))
      : [],
  );

  /** The administrator's choice at the top. */
  protected readonly chosen = signal<string>(SYSTEM);
  /** The committee whose rules are shown, or null for the system's. */
  protected readonly organisationId = computed<string | null>(() =>
    this.may().system
      ? this.chosen() === SYSTEM
        ? null
        : this.chosen()
      : (this.me()?.organisationId ?? null),
  );
  /** A director's own committee, named under the title. */
  protected readonly ownCommittee = computed(() => (this.may().system ? null : this.me()?.organisation.name));

  protected readonly resource = rxResource({
    params: () => ({ organisationId: this.organisationId() }),
    stream: ({ params }) =>
      params.organisationId ? this.api.committeeRules(params.organisationId) : this.systemRules(),
  });
  protected readonly rules = computed(() => (this.resource.hasValue() ? this.resource.value() : []));

  protected readonly editing = signal<DeadlineRule | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<unknown>(null);
  protected readonly resetting = signal<number | null>(null);

  /** Whether the caller may change the rules shown (the system's, or the committee's own). */
  protected readonly mayEdit = computed(() =>
    this.organisationId() ? this.may().committee : this.may().system,
  );

  protected defaultText(rule: DeadlineRule): string {
    return rule.defaultDays === undefined ? '' : T.defaultDays(rule.defaultDays, !!rule.defaultWorkingDays);
  }

  protected choose(value: string | null): void {
    this.chosen.set(value ?? SYSTEM);
  }

  protected open(rule: DeadlineRule): void {
    this.failure.set(null);
    this.editing.set(rule);
  }

  protected close(): void {
    if (!this.busy()) this.editing.set(null);
  }

  protected save(body: UpdateDeadlineRuleRequest): void {
    const rule = this.editing();
    if (!rule || this.busy()) return;
    const organisationId = this.organisationId();
    this.busy.set(true);
    this.failure.set(null);
    (organisationId
      ? this.api.setCommitteeRule(organisationId, rule.id, body)
      : this.api.updateSystemRule(rule.id, body)
    )
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.editing.set(null);
          this.message.success(T.saved);
          this.resource.reload();
        },
        error: (error: unknown) => this.failure.set(error),
      });
  }

  protected reset(rule: DeadlineRule): void {
    const organisationId = this.organisationId();
    if (!organisationId || rule.defaultDays === undefined) return;
    this.modal.confirm({
      nzTitle: T.resetTitle(ruleName(rule)),
      nzContent: T.resetContent(daysText(rule.defaultDays, !!rule.defaultWorkingDays)),
      nzOkText: T.reset,
      nzCancelText: this.common.cancel,
      nzOnOk: () => {
        this.resetting.set(rule.id);
        this.api
          .resetCommitteeRule(organisationId, rule.id)
          .pipe(finalize(() => this.resetting.set(null)))
          .subscribe({
            next: () => {
              this.message.success(T.resetDone);
              this.resource.reload();
            },
            error: (error: unknown) => this.message.error(apiErrorMessage(error)),
          });
      },
    });
  }

  /** The system's rules, for the administrator only (a director without a committee has none). */
  private systemRules(): Observable<DeadlineRule[]> {
    return this.may().system ? this.api.systemRules() : of([]);
  }
}
