import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import type { CaseListItem } from '../../../core/api/api-types';
import { localDate, parseLocalDate } from '../../../shared/forms/dates';
import {
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  DISPUTE_TYPE_LABELS,
  optionsOf,
} from '../../../shared/labels/case-labels';
import { CASE_OUTCOME_LABELS, CASE_OUTCOME_TITLE } from '../../../shared/labels/stats-labels';
import { CaseStatusTag } from '../../../shared/ui/case-status-tag/case-status-tag';
import { PartyNames } from '../../../shared/ui/party-names/party-names';
import { RiskTag } from '../../../shared/ui/risk-tag/risk-tag';
import { CASES_TEXTS } from '../cases.texts';
import { type FilterParams, PAGE_SIZE, toCaseQuery } from './case-filters';
import { CaseListStore } from './case-list.store';

/** 纠纷案件: search and filter the cases the user may see. The URL holds the filters. */
@Component({
  selector: 'tj-case-list-page',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    CaseStatusTag,
    PartyNames,
    RiskTag,
  ],
  providers: [CaseListStore],
  templateUrl: './case-list-page.html',
  styleUrl: './case-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseListPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly store = inject(CaseListStore);

  // Bound from the query string by the router (withComponentInputBinding).
  readonly q = input<string>();
  readonly status = input<string>();
  readonly disputeType = input<string>();
  readonly source = input<string>();
  readonly organisationId = input<string>();
  readonly outcome = input<string>();
  readonly from = input<string>();
  readonly to = input<string>();
  readonly page = input<string>();

  protected readonly texts = CASES_TEXTS.list;
  protected readonly statusOptions = optionsOf(CASE_STATUS_LABELS);
  protected readonly typeOptions = optionsOf(DISPUTE_TYPE_LABELS);
  protected readonly sourceOptions = optionsOf(CASE_SOURCE_LABELS);
  protected readonly outcomeOptions = optionsOf(CASE_OUTCOME_LABELS);
  protected readonly outcomeTitle = CASE_OUTCOME_TITLE;
  protected readonly pageSize = PAGE_SIZE;

  protected readonly query = computed(() =>
    toCaseQuery({
      q: this.q(),
      status: this.status(),
      disputeType: this.disputeType(),
      source: this.source(),
      organisationId: this.organisationId(),
      outcome: this.outcome(),
      from: this.from(),
      to: this.to(),
      page: this.page(),
    }),
  );
  /** What is typed in the search box; follows the URL until the user types. */
  protected readonly searchText = linkedSignal(() => this.query().q ?? '');
  protected readonly range = computed(() => {
    const from = parseLocalDate(this.query().from);
    const to = parseLocalDate(this.query().to);
    return from && to ? [from, to] : [];
  });
  protected readonly filtered = computed(() => {
    const { q, status, disputeType, source, organisationId, outcome, from } = this.query();
    return Boolean(q || status || disputeType || source || organisationId || outcome || from);
  });

  constructor() {
    effect(() => this.store.show(this.query()));
  }

  protected search(): void {
    this.apply({ q: this.searchText().trim() || undefined });
  }

  protected apply(changes: Omit<FilterParams, 'page'>): void {
    // A new filter starts again at page 1.
    this.navigate({ ...changes, page: undefined });
  }

  protected setRange(dates: (Date | null)[] | null): void {
    const [from, to] = dates ?? [];
    this.apply({ from: from ? localDate(from) : undefined, to: to ? localDate(to) : undefined });
  }

  protected goToPage(page: number): void {
    this.navigate({ page: page > 1 ? String(page) : undefined });
  }

  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected open(item: CaseListItem): void {
    void this.router.navigate(['/cases', item.id]);
  }

  private navigate(changes: FilterParams): void {
    // null removes a parameter from the URL when merging.
    const queryParams = Object.fromEntries(
      Object.entries(changes).map(([key, value]) => [key, value ?? null]),
    );
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
