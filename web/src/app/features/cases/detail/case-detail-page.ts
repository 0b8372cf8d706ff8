import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { switchMap } from 'rxjs';
import type {
  CaseAction,
  CaseDetail,
  ConflictRequest,
  Party,
  RefusalRequest,
  RiskRequest,
} from '../../../core/api/api-types';
import { CasesApi, type RightsNotice, type TransitionBodies } from '../../../core/api/cases-api';
import { AuthService } from '../../../core/auth/auth.service';
import {
  ACTION_LABELS,
  CASE_SOURCE_LABELS,
  CHOSEN_BY_LABELS,
  DISPUTE_TYPE_LABELS,
} from '../../../shared/labels/case-labels';
import { CaseStatusTag } from '../../../shared/ui/case-status-tag/case-status-tag';
import { RiskTag } from '../../../shared/ui/risk-tag/risk-tag';
import { PrintDialog } from '../../../shared/ui/print-dialog/print-dialog';
import { RightsNoticeDialog } from '../../../shared/ui/rights-notice-dialog/rights-notice-dialog';
import { SessionCard } from '../../../shared/ui/session-card/session-card';
import { UI_TEXTS } from '../../../shared/ui/ui.texts';
import { CASES_TEXTS } from '../cases.texts';
import { CaseActionBar, type CaseEventKind } from './case-action-bar';
import { CaseDetailStore } from './case-detail.store';
import { CaseParties } from './case-parties';
import {
  mayAddEvidence,
  mayRecordConsent,
  mayRecordInvestigation,
  maySendPartyLink,
  partiesUntold,
  remediationGrounds,
  mayCorrect,
  mayDraftAgreement,
  mayRecordFollowUp,
  mayRecordPrevention,
  mayRecordSession,
  mayRecordUndisputedFacts,
  mayReview,
  maySupervise,
  printableDocuments,
  recordableEvents,
  showsUndisputedFacts,
  visibleActions,
} from '../case-permissions';
import { timelineColor } from './timeline-colors';
import { AssignDialog, type AssignResult } from './dialogs/assign-dialog';
import { ConflictDialog } from './dialogs/conflict-dialog';
import { ExtendDialog, type ExtendResult } from './dialogs/extend-dialog';
import { PartyDialog, type PartyCorrection } from './dialogs/party-dialog';
import { ReasonDialog, type ReasonResult } from './dialogs/reason-dialog';
import { RefusalDialog } from './dialogs/refusal-dialog';
import { RiskDialog } from './dialogs/risk-dialog';
import { TransferDialog, type TransferResult } from './dialogs/transfer-dialog';
import { FollowUpSection } from './follow-up/follow-up-section';
import { VolumeCard } from './follow-up/volume-card';
import { ConsentsCard } from './records/consents-card';
import { EvidenceCard } from './records/evidence-card';
import { InvestigationsCard } from './records/investigations-card';
import { PartyLinkCard } from './records/party-link-card';
import { RemediationCard } from './records/remediation-card';
import { OversightActions } from './records/oversight-actions';
import { PreventionCard } from './records/prevention-card';
import { UndisputedFactsCard } from './records/undisputed-facts-card';

type Dialog =
  | 'accept'
  | 'reject'
  | 'pause'
  | 'terminate'
  | 'assign'
  | 'extend'
  | 'transfer'
  | 'print'
  | 'party'
  | 'closeBreached'
  | CaseEventKind;

/** 案件详情: the whole case, its sessions and timeline, and what can be done with it now. */
@Component({
  selector: 'tj-case-detail-page',
  imports: [
    DatePipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzEmptyModule,
    NzGridModule,
    NzIconModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    CaseActionBar,
    CaseParties,
    CaseStatusTag,
    RiskTag,
    SessionCard,
    AssignDialog,
    ConflictDialog,
    ExtendDialog,
    ReasonDialog,
    RefusalDialog,
    RiskDialog,
    TransferDialog,
    PrintDialog,
    PartyDialog,
    RightsNoticeDialog,
    ConsentsCard,
    InvestigationsCard,
    FollowUpSection,
    VolumeCard,
    EvidenceCard,
    PartyLinkCard,
    RemediationCard,
    OversightActions,
    PreventionCard,
    UndisputedFactsCard,
  ],
  providers: [CaseDetailStore],
  templateUrl: './case-detail-page.html',
  styleUrl: './case-detail-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseDetailPage {
  private readonly api = inject(CasesApi);
  private readonly modal = inject(NzModalService);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;
  protected readonly store = inject(CaseDetailStore);

  /** The case id, bound from the route. */
  readonly id = input.required<string>();

  protected readonly texts = CASES_TEXTS.detail;
  protected readonly dialogTexts = CASES_TEXTS.dialogs;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly sources = CASE_SOURCE_LABELS;
  protected readonly types = DISPUTE_TYPE_LABELS;
  protected readonly chosenBy = CHOSEN_BY_LABELS;
  protected readonly timelineColor = timelineColor;
  protected readonly dialog = signal<Dialog | null>(null);
  protected readonly uiTexts = UI_TEXTS;
  /** 更正 on each party: the shared policy's correction power, while the case is the committee's. */
  protected readonly canCorrect = computed(() => {
    const detail = this.store.detail();
    return !!detail && mayCorrect(detail, this.user()?.role);
  });
  /** 添加证据: the case team, while the case is the committee's. */
  protected readonly canRecordInvestigation = computed(() => {
    const detail = this.store.detail();
    return !!detail && mayRecordInvestigation(detail, this.user()?.role);
  });
  protected readonly canRecordConsent = computed(() => {
    const detail = this.store.detail();
    return !!detail && mayRecordConsent(detail, this.user()?.role);
  });
  /** Who is still to be told their rights: 受理 delivers the notice to them. */
  protected readonly untold = computed(() => {
    const detail = this.store.detail();
    return detail ? partiesUntold(detail) : [];
  });
  protected readonly canAddEvidence = computed(() => {
    const detail = this.store.detail();
    return !!detail && mayAddEvidence(detail, this.user()?.role);
  });
  /** 当事人链接: the case team, while the case is the committee's. */
  protected readonly canSendPartyLink = computed(() => {
    const detail = this.store.detail();
    return !!detail && maySendPartyLink(detail, this.user()?.role);
  });
  /** 重新调解: the grounds the case team may register a new mediation on (none: links only). */
  protected readonly remediation = computed(() => {
    const detail = this.store.detail();
    return detail ? remediationGrounds(detail, this.user()?.role) : [];
  });
  /** The party whose 更正 dialog is open. */
  protected readonly correcting = signal<Party | null>(null);
  /** 打印文书: the forms, session records and volume this user may print. */
  protected readonly printables = computed(() => {
    const detail = this.store.detail();
    return detail ? printableDocuments(detail, this.user()?.role) : [];
  });

  protected readonly actions = computed(() => {
    const detail = this.store.detail();
    return detail ? visibleActions(detail, this.user()?.role) : [];
  });
  protected readonly sessionLink = computed(() => {
    const detail = this.store.detail();
    return detail && mayRecordSession(detail, this.user()?.role)
      ? ['/cases', detail.id, 'sessions', 'new']
      : null;
  });
  /** The case's current agreement (the latest not superseded), else 起草调解协议 while mediation runs. */
  protected readonly agreementLink = computed(() => {
    const detail = this.store.detail();
    if (!detail) return null;
    const current = detail.agreements.filter((a) => a.status !== 'superseded').at(-1);
    if (current) {
      return { link: ['/cases', detail.id, 'agreements', current.id], label: this.texts.agreement };
    }
    return mayDraftAgreement(detail, this.user()?.role)
      ? { link: ['/cases', detail.id, 'agreements', 'new'], label: this.texts.draftAgreement }
      : null;
  });
  /** 履行与回访 once an agreement is effective. */
  protected readonly hasEffectiveAgreement = computed(
    () => !!this.store.detail()?.agreements.some((a) => a.status === 'effective'),
  );
  /** Risk reports and refusals (intake may meet them first) and conflicts (the case team's). */
  protected readonly recordableEvents = computed(() => {
    const detail = this.store.detail();
    return detail ? recordableEvents(detail, this.user()?.role) : [];
  });
  protected readonly canRecordFollowUp = computed(() => {
    const detail = this.store.detail();
    return !!detail && mayRecordFollowUp(detail, this.user()?.role);
  });
  /** 无争议事实, 防止情况 and the judicial office's 督办 and 评查: what to show and who may record. */
  protected readonly records = computed(() => {
    const detail = this.store.detail();
    const role = this.user()?.role;
    if (!detail) return null;
    const prevention = mayRecordPrevention(detail, role);
    return {
      undisputedFacts: showsUndisputedFacts(detail),
      undisputedFactsTeam: mayRecordUndisputedFacts(detail, role),
      prevention: prevention || !!detail.prevention,
      preventionTeam: prevention,
      supervise: maySupervise(role),
      review: mayReview(detail, role),
    };
  });
  /** The current presiding mediator, else the user's own roster entry. */
  protected readonly preferredPresiding = computed(() => {
    const presiding = this.store.detail()?.mediators.find((m) => m.role === 'presiding');
    return presiding?.id ?? this.store.roster().find((m) => m.userId === this.user()?.id)?.id ?? null;
  });
  protected readonly conflicted = computed(
    () => this.store.detail()?.conflicts.map((c) => c.mediatorId) ?? [],
  );

  constructor() {
    effect(() => this.store.load(this.id()));
  }

  protected act(action: CaseAction): void {
    switch (action) {
      case 'accept':
        // The API accepts only once every party has the rights notice; the dialog delivers it.
        if (this.untold().some((p) => p.role === 'applicant')) return this.dialog.set('accept');
        return this.transition(action, (c) => ({ version: c.version }));
      case 'resume':
        return this.transition(action, (c) => ({ version: c.version }));
      case 'close':
        // An unperformed agreement closes once the parties are told their remedy (the API's rule).
        if (this.store.detail()?.status === 'breached') return this.dialog.set('closeBreached');
        return this.confirmThen(action, this.texts.confirmClose);
      case 'archive':
        return this.confirmThen(action, this.texts.confirmArchive);
      case 'assign':
        this.store.needRoster();
        return this.dialog.set(action);
      case 'transfer':
        this.store.needTransferTargets();
        return this.dialog.set(action);
      case 'reject':
      case 'pause':
      case 'terminate':
      case 'extend':
        return this.dialog.set(action);
    }
  }

  protected record(kind: CaseEventKind): void {
    if (kind === 'conflict') this.store.needRoster();
    this.dialog.set(kind);
  }

  protected closeDialog(): void {
    this.dialog.set(null);
  }

  protected reason(action: 'reject' | 'pause' | 'terminate', result: ReasonResult): void {
    if (action === 'terminate') {
      const routesInformed = result.routesInformed ?? '';
      this.transition(action, (c) => ({ version: c.version, reason: result.reason, routesInformed }));
    } else {
      this.transition(action, (c) => ({ version: c.version, reason: result.reason }));
    }
  }

  protected acceptWithNotice(rightsNotice: RightsNotice): void {
    this.transition('accept', (c) => ({ version: c.version, rightsNotice }));
  }

  protected closeBreached(result: ReasonResult): void {
    this.transition('close', (c) => ({ version: c.version, unperformedRoutesInformed: result.reason }));
  }

  protected assign(result: AssignResult): void {
    this.transition('assign', (c) => ({ version: c.version, ...result }));
  }

  protected extend(result: ExtendResult): void {
    this.transition('extend', (c) => ({ version: c.version, ...result }));
  }

  protected transfer(result: TransferResult): void {
    this.transition('transfer', (c) => ({ version: c.version, ...result }));
  }

  /** 更正当事人: on the version shown; the page then shows the case as corrected. */
  protected correctParty(partyId: string, correction: PartyCorrection): void {
    if (Object.keys(correction).length === 1) {
      this.message.info(CASES_TEXTS.correction.unchanged);
      return;
    }
    this.store.change(
      (c) =>
        this.api
          .updateParty(c.id, partyId, { version: c.version, ...correction })
          .pipe(switchMap(() => this.api.get(c.id))),
      CASES_TEXTS.correction.saved,
      () => this.closeDialog(),
    );
  }

  protected raiseRisk(body: RiskRequest): void {
    this.store.change(
      (c) => this.api.raiseRisk(c.id, body),
      this.texts.saved,
      () => this.closeDialog(),
    );
  }

  protected recordRefusal(body: RefusalRequest): void {
    this.store.change(
      (c) => this.api.recordRefusal(c.id, body),
      this.texts.saved,
      () => this.closeDialog(),
    );
  }

  protected recordConflict(body: ConflictRequest): void {
    this.store.change(
      (c) => this.api.recordConflict(c.id, body),
      this.texts.saved,
      () => this.closeDialog(),
    );
  }

  private transition<A extends keyof TransitionBodies>(
    action: A,
    body: (current: CaseDetail) => TransitionBodies[A],
  ): void {
    this.store.change(
      (c) => this.api.transition(c.id, action, body(c)),
      this.texts.done(ACTION_LABELS[action]),
      () => this.closeDialog(),
    );
  }

  private confirmThen(action: 'close' | 'archive', content: string): void {
    this.modal.confirm({
      nzTitle: this.texts.confirmTitle(ACTION_LABELS[action]),
      nzContent: content,
      nzOkText: ACTION_LABELS[action],
      nzOkDanger: true,
      nzCancelText: this.texts.cancel,
      nzOnOk: () => this.transition(action, (c) => ({ version: c.version })),
    });
  }
}
