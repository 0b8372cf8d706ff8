import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { onCaseTeam } from '@tiaojie/contracts';
import { type Observable, catchError, finalize, map, of } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { type OrganisationRef, type ReferralDetail, ReferralsApi } from '../../../core/api/referrals-api';
import { CasesApi, type RightsNotice } from '../../../core/api/cases-api';
import { RightsNoticeDialog } from '../../../shared/ui/rights-notice-dialog/rights-notice-dialog';
import { AuthService } from '../../../core/auth/auth.service';
import { DISPUTE_TYPE_LABELS, PARTY_ROLE_LABELS } from '../../../shared/labels/case-labels';
import {
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_SOURCE_LABELS,
  REFERRAL_STATUS_COLORS,
  REFERRAL_STATUS_LABELS,
} from '../../../shared/labels/referral-labels';
import { CaseStatusTag } from '../../../shared/ui/case-status-tag/case-status-tag';
import { DispatchDialog } from '../dialogs/dispatch-dialog';
import { NoteDialog } from '../../../shared/ui/note-dialog/note-dialog';
import { asksCaseTeam, mayDecide, mayDispatch, mayGiveFeedback, referralView } from '../referral-permissions';
import { REFERRALS_TEXTS } from '../referrals.texts';

type Dialog = 'dispatch' | 'decline' | 'feedback';

/** 委派详情: what was referred, where it went, the outcome with the result letter, and the timeline. */
@Component({
  selector: 'tj-referral-detail-page',
  imports: [
    RightsNoticeDialog,
    DatePipe,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzIconModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    CaseStatusTag,
    DispatchDialog,
    NoteDialog,
  ],
  templateUrl: './referral-detail-page.html',
  styleUrl: './referral-detail-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralDetailPage {
  private readonly api = inject(ReferralsApi);
  private readonly cases = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;

  /** Bound from the route's `:id`. */
  readonly id = input.required<string>();

  protected readonly texts = REFERRALS_TEXTS.detail;
  protected readonly listTexts = REFERRALS_TEXTS.list;
  protected readonly declineTexts = REFERRALS_TEXTS.decline;
  protected readonly statusLabels = REFERRAL_STATUS_LABELS;
  protected readonly statusColors = REFERRAL_STATUS_COLORS;
  protected readonly sourceLabels = REFERRAL_SOURCE_LABELS;
  protected readonly outcomeLabels = REFERRAL_OUTCOME_LABELS;
  protected readonly typeLabels = DISPUTE_TYPE_LABELS;
  protected readonly partyRoleLabels = PARTY_ROLE_LABELS;

  private readonly resource = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  private readonly wantTargets = signal(false);
  private readonly targetsResource = rxResource({
    params: () => (this.wantTargets() ? true : undefined),
    stream: () => this.api.dispatchTargets().pipe(catchError(() => of([] as OrganisationRef[]))),
  });

  protected readonly referral = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  protected readonly loading = this.resource.isLoading;
  protected readonly notFound = computed(() => {
    const error = this.resource.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  protected readonly failed = computed(() => this.resource.status() === 'error');
  protected readonly targets = computed(() =>
    this.targetsResource.hasValue() ? this.targetsResource.value() : [],
  );

  private readonly role = computed(() => this.user()?.role);
  /** Referrers follow the case here; the case file itself is the committee's and the office's. */
  protected readonly mayOpenCase = computed(() => referralView(this.role()) !== 'liaison');
  protected readonly mayDispatch = computed(() => this.is((r) => mayDispatch(r, this.role())));
  protected readonly mayDecide = computed(() => this.is((r) => mayDecide(r, this.role())));
  /** Once a case holds the referral, whether the user is on its team (only the team answers the referrer). */
  private readonly caseTeamResource = rxResource({
    params: () => {
      const r = this.referral();
      const role = this.role();
      return r?.caseId && role && asksCaseTeam(r, role) ? { caseId: r.caseId, role } : undefined;
    },
    stream: ({ params }) =>
      this.cases.get(params.caseId).pipe(
        map((detail) => onCaseTeam(params.role, detail.personalDataVisible)),
        catchError(() => of(false)),
      ),
  });
  private readonly onCaseTeam = computed(() =>
    this.caseTeamResource.hasValue() ? this.caseTeamResource.value() : false,
  );
  protected readonly mayGiveFeedback = computed(() =>
    this.is((r) => mayGiveFeedback(r, this.role(), this.onCaseTeam())),
  );
  /** The result letter is ready once the case has an outcome. */
  protected readonly letterUrl = computed(() => {
    const r = this.referral();
    return r?.outcome ? this.api.feedbackPdfUrl(r.id) : null;
  });
  protected readonly agreementUrl = computed(() => {
    const r = this.referral();
    return r?.agreement ? this.api.agreementPdfUrl(r.id) : null;
  });
  /** In the order things happened, from filing to the outcome. */
  protected readonly events = computed(() =>
    [...(this.referral()?.events ?? [])].sort((a, b) => a.at.localeCompare(b.at)),
  );

  protected readonly dialog = signal<Dialog | null>(null);
  protected readonly busy = signal(false);
  protected readonly dialogError = signal<string | null>(null);
  protected readonly accepting = signal(false);
  protected readonly noticeOpen = signal(false);

  protected retry(): void {
    this.resource.reload();
  }

  protected openDialog(dialog: Dialog): void {
    if (dialog === 'dispatch') this.wantTargets.set(true);
    this.dialogError.set(null);
    this.dialog.set(dialog);
  }

  protected closeDialog(): void {
    this.dialog.set(null);
  }

  protected dispatch(organisationId: string): void {
    const name = this.targets().find((org) => org.id === organisationId)?.name ?? '';
    this.run(this.api.dispatch(this.id(), organisationId), this.listTexts.dispatched(name));
  }

  protected decline(reason: string): void {
    this.run(this.api.decline(this.id(), reason), this.listTexts.declined);
  }

  protected feedback(note: string): void {
    this.run(this.api.feedback(this.id(), note), this.texts.feedbackSent);
  }

  protected accept(): void {
    if (!this.accepting()) this.noticeOpen.set(true);
  }

  /** 受理 once the rights notice is delivered: the linked case opens. */
  protected acceptWith(rightsNotice: RightsNotice): void {
    if (this.accepting()) return;
    this.accepting.set(true);
    this.api
      .accept(this.id(), rightsNotice)
      .pipe(finalize(() => this.accepting.set(false)))
      .subscribe({
        next: ({ caseId }) => void this.router.navigate(['/cases', caseId]),
        error: (error: unknown) => {
          this.noticeOpen.set(false);
          this.message.error(`${this.listTexts.acceptFailed}：${apiErrorMessage(error)}`);
          this.resource.reload();
        },
      });
  }

  private is(test: (r: ReferralDetail) => boolean): boolean {
    const r = this.referral();
    return r ? test(r) : false;
  }

  private run(request: Observable<unknown>, done: string): void {
    this.busy.set(true);
    this.dialogError.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: () => {
        this.message.success(done);
        this.dialog.set(null);
        this.resource.reload();
      },
      error: (error: unknown) => this.dialogError.set(apiErrorMessage(error)),
    });
  }
}
