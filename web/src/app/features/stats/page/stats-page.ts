import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { finalize } from 'rxjs';
import { mayCall } from '@tiaojie/contracts';
import { apiErrorMessage } from '../../../core/api/api-error';
import { StatsApi, type StatsQuery } from '../../../core/api/stats-api';
import { AuthService } from '../../../core/auth/auth.service';
import { localDate, parseLocalDate } from '../../../shared/forms/dates';
import { CASE_SOURCE_LABELS, DISPUTE_TYPE_LABELS } from '../../../shared/labels/case-labels';
import { PREVENTED_KIND_LABELS } from '../../../shared/labels/stats-labels';
import { Chart, type ChartClick } from '../chart/chart';
import { byKindOption, bySourceOption, byTypeOption, trendOption } from '../chart/chart-options';
import { type Period, monthOf, periodFrom } from '../period';
import { ReportPreview } from '../report/report-preview';
import { saveBlob } from '../report/save-blob';
import { STATS_TEXTS } from '../stats.texts';
import { StatsStore } from '../stats.store';
import { FigureCards } from './figure-cards';
import { caseListDrill } from './figures';
import { PeriodPicker } from './period-picker';

const succeeded = { outcome: 'succeeded' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 统计分析: figures, charts and analysis of a period, each leading to its cases; the monthly report. */
@Component({
  selector: 'tj-stats-page',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzIconModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    Chart,
    FigureCards,
    PeriodPicker,
    ReportPreview,
  ],
  providers: [StatsStore],
  templateUrl: './stats-page.html',
  styleUrl: './stats-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatsPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(StatsApi);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly user = inject(AuthService).user;
  protected readonly store = inject(StatsStore);

  // Bound from the query string by the router (withComponentInputBinding).
  readonly from = input<string>();
  readonly to = input<string>();
  readonly organisationId = input<string>();

  protected readonly texts = STATS_TEXTS;
  protected readonly typeLabels = DISPUTE_TYPE_LABELS;
  protected readonly sourceLabels = CASE_SOURCE_LABELS;
  protected readonly preventedLabels = PREVENTED_KIND_LABELS;
  protected readonly today = new Date();

  protected readonly period = computed<Period>(() => periodFrom(this.from(), this.to(), this.today));
  protected readonly orgId = computed(() => {
    const id = this.organisationId();
    return id && UUID.test(id) ? id : undefined;
  });
  protected readonly query = computed<StatsQuery>(() => ({ ...this.period(), organisationId: this.orgId() }));
  /** A director sees the own committee; the offices above choose among theirs. */
  protected readonly choosesOrganisation = computed(() => {
    const role = this.user()?.role;
    return role === 'judicial_officer' || role === 'county_bureau';
  });

  protected readonly trendOption = computed(() => {
    const trend = this.store.trend();
    return trend ? trendOption(trend) : null;
  });
  protected readonly typeOption = computed(() => {
    const overview = this.store.overview();
    return overview ? byTypeOption(overview) : null;
  });
  protected readonly sourceOption = computed(() => {
    const overview = this.store.overview();
    return overview ? bySourceOption(overview) : null;
  });
  protected readonly kindOption = computed(() => {
    const overview = this.store.overview();
    return overview ? byKindOption(overview) : null;
  });
  protected readonly typeChartHeight = computed(
    () => `${Math.max(220, 60 + (this.store.overview()?.byType.length ?? 0) * 44)}px`,
  );

  /** The month of the report; the period's first month until the user picks another. */
  protected readonly reportMonth = signal<Date | null>(null);
  protected readonly reportPeriod = computed(() => {
    const month = this.reportMonth();
    return month ? localDate(month).slice(0, 7) : monthOf(this.period());
  });
  protected readonly reportMonthValue = computed(
    () => this.reportMonth() ?? parseLocalDate(`${monthOf(this.period())}-01`),
  );
  protected readonly exporting = signal(false);

  constructor() {
    effect(() => this.store.show(this.query()));
    effect(() => {
      if (this.choosesOrganisation()) this.store.loadOrganisations();
    });
  }

  protected choosePeriod(period: Period): void {
    this.navigate({ from: period.from, to: period.to });
  }

  protected chooseOrganisation(id: string | null): void {
    this.navigate({ organisationId: id });
  }

  /** A dispute-type bar: the type's cases, only the successful ones for the 调解成功 bar. */
  protected drillType(click: ChartClick): void {
    const row = this.store.overview()?.byType[click.dataIndex];
    if (row) this.drill({ disputeType: row.disputeType, ...(click.seriesIndex === 1 ? succeeded : {}) });
  }

  protected drillSource(click: ChartClick): void {
    const row = this.store.overview()?.bySource[click.dataIndex];
    if (row) this.drill({ source: row.source });
  }

  protected drillLink(extra: Record<string, string>, organisationId?: string): Record<string, string> {
    const query = organisationId ? { ...this.query(), organisationId } : this.query();
    return caseListDrill(query, extra).queryParams;
  }

  protected previewReport(): void {
    this.store.previewReport(this.reportPeriod(), this.orgId());
  }

  /** 锁定月报: the director and the judicial office, on a month previewed and not yet locked. */
  protected readonly mayLock = computed(() => {
    const role = this.user()?.role;
    const report = this.store.report();
    return !!role && !!report && !report.locked && mayCall(role, 'POST /api/stats/periods/:period/lock');
  });
  protected readonly locking = signal(false);

  protected lockReport(): void {
    const report = this.store.report();
    if (!report) return;
    this.modal.confirm({
      nzTitle: this.texts.report.lock,
      nzContent: this.texts.report.lockConfirm(report.period),
      nzOkText: this.texts.report.lock,
      nzOnOk: () => {
        this.locking.set(true);
        this.api
          .lockPeriod(report.period, this.orgId())
          .pipe(finalize(() => this.locking.set(false)))
          .subscribe({
            next: (locked) => {
              this.store.showReport(locked);
              this.message.success(this.texts.report.lockDone);
            },
            error: (error: unknown) => this.message.error(apiErrorMessage(error)),
          });
      },
    });
  }

  protected exportReport(): void {
    const period = this.reportPeriod();
    this.exporting.set(true);
    this.api
      .reportXlsx(period, this.orgId())
      .pipe(finalize(() => this.exporting.set(false)))
      .subscribe({
        next: (blob) => saveBlob(blob, this.texts.report.fileName(period)),
        error: () => this.message.error(this.texts.report.exportFailed),
      });
  }

  private drill(extra: Record<string, string>): void {
    void this.router.navigate(['/cases'], { queryParams: caseListDrill(this.query(), extra).queryParams });
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
