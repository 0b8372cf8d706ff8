import { mayCall } from '@tiaojie/contracts';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { finalize } from 'rxjs';
import { apiErrorMessage } from '../../../core/api/api-error';
import { OversightApi, type OversightLight, type OverdueItem } from '../../../core/api/oversight-api';
import { AuthService } from '../../../core/auth/auth.service';
import { CaseStatusTag } from '../../../shared/ui/case-status-tag/case-status-tag';
import { NoteDialog } from '../../../shared/ui/note-dialog/note-dialog';
import { OVERSIGHT_TEXTS } from '../oversight.texts';
import { OversightStore } from '../oversight.store';

const LIGHTS: readonly OversightLight[] = ['red', 'yellow', 'green', 'paused'];
const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 督导看板: the judicial office's view of its committees, red lights first. The URL holds the filters. */
@Component({
  selector: 'tj-oversight-page',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzSelectModule,
    NzTableModule,
    CaseStatusTag,
    NoteDialog,
  ],
  providers: [OversightStore],
  templateUrl: './oversight-page.html',
  styleUrl: './oversight-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OversightPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(OversightApi);
  private readonly message = inject(NzMessageService);
  protected readonly store = inject(OversightStore);
  private readonly user = inject(AuthService).user;

  // Bound from the query string by the router (withComponentInputBinding).
  readonly organisationId = input<string>();
  readonly light = input<string>();
  readonly page = input<string>();

  protected readonly texts = OVERSIGHT_TEXTS.dashboard;
  protected readonly superviseTexts = OVERSIGHT_TEXTS.supervise;
  protected readonly lights = LIGHTS;
  protected readonly pageSize = PAGE_SIZE;

  protected readonly orgId = computed(() => {
    const id = this.organisationId();
    return id && UUID.test(id) ? id : undefined;
  });
  /** Red first: the cases that need the office now. */
  protected readonly chosenLight = computed<OversightLight>(() => {
    const light = this.light() as OversightLight | undefined;
    return light && LIGHTS.includes(light) ? light : 'red';
  });
  protected readonly pageIndex = computed(() => {
    const n = Number(this.page());
    return Number.isInteger(n) && n > 1 ? n : 1;
  });
  /** 督办 is the township office's (the county bureau looks on). */
  protected readonly maySupervise = computed(() => this.user()?.role === 'judicial_officer');
  /** The 风险报告 page is the office's (the county bureau sees the count only). */
  protected readonly readsEscalations = computed(() => {
    const role = this.user()?.role;
    return !!role && mayCall(role, 'GET /api/escalations');
  });
  protected readonly lightCounts = computed(() => this.store.summary()?.lights);

  protected readonly supervising = signal<OverdueItem | null>(null);
  protected readonly busy = signal(false);
  protected readonly dialogError = signal<string | null>(null);

  constructor() {
    effect(() =>
      this.store.show(this.orgId(), {
        light: this.chosenLight(),
        organisationId: this.orgId(),
        page: this.pageIndex(),
        pageSize: PAGE_SIZE,
      }),
    );
  }

  protected chooseOrganisation(id: string | null): void {
    this.navigate({ organisationId: id, page: null });
  }

  protected chooseLight(light: OversightLight): void {
    this.navigate({ light: light === 'red' ? null : light, page: null });
  }

  protected goToPage(page: number): void {
    this.navigate({ page: page > 1 ? String(page) : null });
  }

  protected supervise(item: OverdueItem): void {
    this.dialogError.set(null);
    this.supervising.set(item);
  }

  protected closeDialog(): void {
    this.supervising.set(null);
  }

  protected sendSupervision(note: string): void {
    const item = this.supervising();
    if (!item) return;
    this.busy.set(true);
    this.dialogError.set(null);
    this.api
      .supervise(item.caseId, note)
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.message.success(this.superviseTexts.sent);
          this.supervising.set(null);
        },
        error: (error: unknown) => this.dialogError.set(apiErrorMessage(error)),
      });
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
