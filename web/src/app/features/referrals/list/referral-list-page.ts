import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSegmentedModule } from 'ng-zorro-antd/segmented';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { type Observable, finalize } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { type ReferralListItem, type ReferralStatus, ReferralsApi } from '../../../core/api/referrals-api';
import type { RightsNotice } from '../../../core/api/cases-api';
import { RightsNoticeDialog } from '../../../shared/ui/rights-notice-dialog/rights-notice-dialog';
import { AuthService } from '../../../core/auth/auth.service';
import { DISPUTE_TYPE_LABELS } from '../../../shared/labels/case-labels';
import {
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_SOURCE_LABELS,
  REFERRAL_STATUS_COLORS,
  REFERRAL_STATUS_LABELS,
} from '../../../shared/labels/referral-labels';
import { CaseStatusTag } from '../../../shared/ui/case-status-tag/case-status-tag';
import { DispatchDialog } from '../dialogs/dispatch-dialog';
import { NoteDialog } from '../../../shared/ui/note-dialog/note-dialog';
import { mayDecide, mayDispatch, mayFileReferral, referralView } from '../referral-permissions';
import { REFERRALS_TEXTS } from '../referrals.texts';
import { PAGE_SIZE, toReferralQuery } from './referral-filters';
import { ReferralListStore } from './referral-list.store';

type Dialog = { kind: 'dispatch' | 'decline'; item: ReferralListItem };

/**
 * 委派移交: a liaison's own referrals, the judicial office's inbox (分拨) or a committee's incoming
 * referrals (受理 / 退回), depending on who looks. The URL holds the status filter and the page.
 */
@Component({
  selector: 'tj-referral-list-page',
  imports: [
    RightsNoticeDialog,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzSegmentedModule,
    NzTableModule,
    NzTagModule,
    CaseStatusTag,
    DispatchDialog,
    NoteDialog,
  ],
  providers: [ReferralListStore],
  templateUrl: './referral-list-page.html',
  styleUrl: './referral-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(ReferralsApi);
  private readonly message = inject(NzMessageService);
  private readonly user = inject(AuthService).user;
  protected readonly store = inject(ReferralListStore);

  // Bound from the query string by the router (withComponentInputBinding).
  readonly status = input<string>();
  readonly page = input<string>();

  protected readonly texts = REFERRALS_TEXTS.list;
  protected readonly dialogTexts = REFERRALS_TEXTS.decline;
  protected readonly statusLabels = REFERRAL_STATUS_LABELS;
  protected readonly statusColors = REFERRAL_STATUS_COLORS;
  protected readonly sourceLabels = REFERRAL_SOURCE_LABELS;
  protected readonly outcomeLabels = REFERRAL_OUTCOME_LABELS;
  protected readonly typeLabels = DISPUTE_TYPE_LABELS;
  protected readonly statusOptions = [
    { label: this.texts.all, value: '' },
    ...(Object.keys(REFERRAL_STATUS_LABELS) as ReferralStatus[]).map((value) => ({
      label: REFERRAL_STATUS_LABELS[value],
      value,
    })),
  ];
  protected readonly pageSize = PAGE_SIZE;

  protected readonly role = computed(() => this.user()?.role);
  protected readonly view = computed(() => referralView(this.role()));
  protected readonly mayFile = computed(() => mayFileReferral(this.role()));
  protected readonly title = computed(() => {
    const view = this.view();
    return view === 'inbox'
      ? this.texts.inboxTitle
      : view === 'incoming'
        ? this.texts.incomingTitle
        : this.texts.title;
  });
  protected readonly hint = computed(() => {
    const view = this.view();
    return view === 'inbox'
      ? this.texts.inboxHint
      : view === 'incoming'
        ? this.texts.incomingHint
        : this.texts.liaisonHint;
  });
  protected readonly withActions = computed(() => this.view() !== 'liaison');
  /** Wide enough for every column; on a tablet the table scrolls sideways with the actions kept in view. */
  protected readonly scrollWidth = computed(() => (this.view() === 'inbox' ? '1070px' : '920px'));

  protected readonly query = computed(() => toReferralQuery(this.status(), this.page()));
  protected readonly dialog = signal<Dialog | null>(null);
  protected readonly busy = signal(false);
  protected readonly dialogError = signal<string | null>(null);
  /** The row whose 受理 is on its way, to show the button loading. */
  protected readonly accepting = signal<string | null>(null);
  /** The referral whose acceptance waits for the rights notice dialog. */
  protected readonly noticeFor = signal<ReferralListItem | null>(null);

  constructor() {
    effect(() => this.store.show(this.query()));
    effect(() => {
      if (this.role() === 'judicial_officer') this.store.loadTargets();
    });
  }

  protected mayDispatch(item: ReferralListItem): boolean {
    return mayDispatch(item, this.role());
  }

  protected mayDecide(item: ReferralListItem): boolean {
    return mayDecide(item, this.role());
  }

  protected filter(status: string): void {
    this.navigate({ status: status || null, page: null });
  }

  protected goToPage(page: number): void {
    this.navigate({ page: page > 1 ? String(page) : null });
  }

  protected open(item: ReferralListItem): void {
    void this.router.navigate(['/referrals', item.id]);
  }

  protected openDialog(kind: Dialog['kind'], item: ReferralListItem): void {
    this.dialogError.set(null);
    this.dialog.set({ kind, item });
  }

  protected closeDialog(): void {
    this.dialog.set(null);
  }

  protected dispatch(organisationId: string): void {
    const current = this.dialog();
    if (!current) return;
    const target = this.store.targets().find((org) => org.id === organisationId);
    this.run(this.api.dispatch(current.item.id, organisationId), this.texts.dispatched(target?.name ?? ''));
  }

  protected decline(reason: string): void {
    const current = this.dialog();
    if (!current) return;
    this.run(this.api.decline(current.item.id, reason), this.texts.declined);
  }

  /** 受理 creates the linked case once the rights notice is delivered; the committee carries on there. */
  protected accept(item: ReferralListItem): void {
    if (!this.accepting()) this.noticeFor.set(item);
  }

  protected acceptWith(rightsNotice: RightsNotice): void {
    const item = this.noticeFor();
    if (!item || this.accepting()) return;
    this.accepting.set(item.id);
    this.api
      .accept(item.id, rightsNotice)
      .pipe(finalize(() => this.accepting.set(null)))
      .subscribe({
        next: ({ caseId }) => void this.router.navigate(['/cases', caseId]),
        error: (error: unknown) => {
          this.noticeFor.set(null);
          this.message.error(`${this.texts.acceptFailed}：${apiErrorMessage(error)}`);
          this.store.reload();
        },
      });
  }

  private run(request: Observable<unknown>, done: string): void {
    this.busy.set(true);
    this.dialogError.set(null);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: () => {
        this.message.success(done);
        this.dialog.set(null);
        this.store.reload();
      },
      error: (error: unknown) => this.dialogError.set(apiErrorMessage(error)),
    });
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
