import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ACTIVE_CONFIRMATION_STATUSES, CONFIRMATION_MOVES } from '@tiaojie/contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRateModule } from 'ng-zorro-antd/rate';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { type Observable, finalize } from 'rxjs';
import { apiErrorMessage } from '../../../../core/api/api-error';
import type {
  CaseDetail,
  ConfirmationStatus,
  FollowUp,
  JudicialConfirmation,
  JudicialConfirmationRequest,
  JudicialConfirmationUpdate,
  PerformanceRequest,
  ReturnVisitRequest,
  UrgingRequest,
} from '../../../../core/api/api-types';
import { AgreementsApi } from '../../../../core/api/agreements-api';
import { PerformanceApi } from '../../../../core/api/performance-api';
import { localDate } from '../../../../shared/forms/dates';
import { ConfirmationDialog } from './confirmation-dialog';
import { ConfirmationStatusDialog } from './confirmation-status-dialog';
import type { TermOption } from './follow-up-dialog-imports';
import {
  CONFIRMATION_STATUS_COLORS,
  CONFIRMATION_STATUS_LABELS,
  FOLLOW_UP_TEXTS,
  RESIDUAL_RISK_LABELS,
  URGING_METHOD_LABELS,
  VISIT_PERFORMANCE_LABELS,
} from './follow-up.texts';
import { PerformanceDialog } from './performance-dialog';
import { ReturnVisitDialog } from './return-visit-dialog';
import { UrgingDialog } from './urging-dialog';

type Dialog = 'performance' | 'urging' | 'visit' | 'confirm' | { status: JudicialConfirmation };

const EMPTY_FOLLOW_UP: FollowUp = {
  performances: [],
  urgings: [],
  returnVisits: [],
  judicialConfirmations: [],
  volume: null,
};

/** The case's follow-up; a detail from before the API sent `followUp` counts as one with nothing yet. */
export function followUpOf(detail: CaseDetail): FollowUp {
  return (detail as Partial<Pick<CaseDetail, 'followUp'>>).followUp ?? EMPTY_FOLLOW_UP;
}

/** 履行与回访: after the agreement takes effect, its performance, urging, return visits and 司法确认. */
@Component({
  selector: 'tj-follow-up-section',
  imports: [
    DatePipe,
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzRateModule,
    NzTagModule,
    ConfirmationDialog,
    ConfirmationStatusDialog,
    PerformanceDialog,
    ReturnVisitDialog,
    UrgingDialog,
  ],
  templateUrl: './follow-up-section.html',
  styleUrl: './follow-up-section.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FollowUpSection {
  private readonly api = inject(PerformanceApi);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly message = inject(NzMessageService);

  readonly detail = input.required<CaseDetail>();
  /** Whether the user may record anything (role and case status). */
  readonly canChange = input(false);
  /** Something was recorded: the case should be loaded again. */
  readonly changed = output();

  protected readonly texts = FOLLOW_UP_TEXTS;
  protected readonly visitLabels = VISIT_PERFORMANCE_LABELS;
  protected readonly riskLabels = RESIDUAL_RISK_LABELS;
  protected readonly methodLabels = URGING_METHOD_LABELS;
  protected readonly statusLabels = CONFIRMATION_STATUS_LABELS;
  protected readonly statusColors = CONFIRMATION_STATUS_COLORS;

  protected readonly dialog = signal<Dialog | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  /** The agreement the follow-up is about: the effective one. */
  /** Whether a confirmation can still move (the shared table), or has its result. */
  protected movable(status: ConfirmationStatus): boolean {
    return CONFIRMATION_MOVES[status].length > 0;
  }

  protected readonly summary = computed(() => this.detail().agreements.find((a) => a.status === 'effective'));
  private readonly agreementResource = rxResource({
    params: () => this.summary()?.id,
    stream: ({ params }) => this.agreementsApi.get(params),
  });
  protected readonly agreementFailed = computed(() => this.agreementResource.status() === 'error');
  protected readonly followUp = computed(() => followUpOf(this.detail()));

  /** Each term with its performance record, if any. */
  protected readonly terms = computed(() => {
    const agreement = this.agreementResource.hasValue() ? this.agreementResource.value() : undefined;
    const records = this.followUp().performances.filter((r) => r.agreementId === agreement?.id);
    return (agreement?.terms ?? []).map((term, index) => ({
      index,
      text: term.text,
      amount: term.amount,
      dueDate: term.dueDate,
      performed: records.find((r) => r.termIndex === index),
    }));
  });
  protected readonly openTerms = computed<TermOption[]>(() =>
    this.terms()
      .filter((term) => !term.performed)
      .map((term) => ({
        index: term.index,
        label: `${FOLLOW_UP_TEXTS.term(term.index)} ${term.text}`,
        amount: term.amount,
      })),
  );
  /** Urgings by term number, for the list. */
  protected termLabel(index: number | null): string {
    return index === null ? FOLLOW_UP_TEXTS.wholeAgreement : FOLLOW_UP_TEXTS.term(index);
  }

  /** The 30-day window of Art 33, from the case's clock. */
  protected readonly confirmationClock = computed(() =>
    this.detail().deadlines.find((d) => d.kind === 'judicial_confirmation'),
  );
  /** No second application while one is under way or done (the API answers 409), none after the window. */
  protected readonly mayApply = computed(() => {
    const active = this.followUp().judicialConfirmations.some((j) =>
      ACTIVE_CONFIRMATION_STATUSES.includes(j.status),
    );
    const light = this.confirmationClock()?.light;
    return !active && light !== 'done' && light !== 'red';
  });
  protected readonly confirmationHint = computed(() => {
    const clock = this.confirmationClock();
    if (!clock || clock.light === 'done') return null;
    if (clock.light === 'red') return FOLLOW_UP_TEXTS.confirmationClosed;
    return FOLLOW_UP_TEXTS.confirmationWindow(localDate(new Date(clock.dueAt)));
  });
  protected readonly packUrl = computed(() => {
    const summary = this.summary();
    return summary ? this.api.confirmationPackUrl(summary.id) : null;
  });

  protected show(dialog: Dialog): void {
    this.error.set(null);
    this.dialog.set(dialog);
  }

  protected close(): void {
    this.dialog.set(null);
    this.error.set(null);
  }

  protected statusDialog(): JudicialConfirmation | null {
    const dialog = this.dialog();
    return dialog && typeof dialog === 'object' ? dialog.status : null;
  }

  protected recordPerformance(body: PerformanceRequest): void {
    this.send((agreementId) => this.api.recordPerformance(agreementId, body));
  }

  protected urge(body: UrgingRequest): void {
    this.send((agreementId) => this.api.urge(agreementId, body));
  }

  protected returnVisit(body: ReturnVisitRequest): void {
    this.send(() => this.api.returnVisit(this.detail().id, body));
  }

  protected apply(body: JudicialConfirmationRequest): void {
    this.send((agreementId) => this.api.applyForConfirmation(agreementId, body));
  }

  protected updateStatus(id: string, body: JudicialConfirmationUpdate): void {
    this.send(() => this.api.updateConfirmation(id, body));
  }

  /** Sends one record; on success closes the dialog and asks for the case again, else shows why. */
  private send(request: (agreementId: string) => Observable<unknown>): void {
    const agreementId = this.summary()?.id;
    if (!agreementId || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    request(agreementId)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.message.success(FOLLOW_UP_TEXTS.saved);
          this.close();
          this.changed.emit();
        },
        error: (error: unknown) => this.error.set(apiErrorMessage(error)),
      });
  }
}
