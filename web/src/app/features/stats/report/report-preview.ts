import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import type { StatsReport } from '../../../core/api/stats-api';
import { STATS_TEXTS } from '../stats.texts';
import { headerRows } from './report-header';

/** The monthly report as a table: one row per organisation and the totals row (合计) last. */
@Component({
  selector: 'tj-report-preview',
  imports: [NzTableModule],
  template: `
    <h3 class="heading">{{ texts.heading(report().organisationName, report().period) }}</h3>
    <nz-table
      #table
      nzSize="small"
      nzBordered
      [nzData]="report().rows"
      [nzShowPagination]="false"
      [nzFrontPagination]="false"
      [nzNoResult]="texts.empty"
      [nzScroll]="{ x: scrollWidth() }"
    >
      <thead>
        <tr>
          <th nzLeft nzWidth="180px" [attr.rowspan]="header()[1].length ? 2 : 1">{{ texts.name }}</th>
          @for (cell of header()[0]; track $index) {
            <th
              [class.group]="cell.colspan > 1"
              [attr.colspan]="cell.colspan"
              [attr.rowspan]="header()[1].length ? cell.rowspan : 1"
            >
              {{ cell.label }}
            </th>
          }
        </tr>
        @if (header()[1].length) {
          <tr>
            @for (cell of header()[1]; track $index) {
              <th>{{ cell.label }}</th>
            }
          </tr>
        }
      </thead>
      <tbody>
        @for (row of table.data; track row.organisationId) {
          <tr class="report-row">
            <td nzLeft>{{ row.name }}</td>
            @for (column of report().columns; track column.key) {
              <td class="number">{{ row.values[column.key] ?? '' }}</td>
            }
          </tr>
        }
        <tr class="totals">
          <td nzLeft>{{ texts.totals }}</td>
          @for (column of report().columns; track column.key) {
            <td class="number">{{ report().totals[column.key] ?? '' }}</td>
          }
        </tr>
      </tbody>
    </nz-table>
  `,
  styles: `
    .heading {
      margin: 0 0 12px;
      font-size: 16px;
      text-align: center;
    }
    .number {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .totals td {
      font-weight: 600;
      background: #fafafa;
    }
    /* ng-zorro centres multi-column headers (a more specific rule); a wide group reads better from the left. */
    th.group.group[colspan] {
      text-align: left;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPreview {
  readonly report = input.required<StatsReport>();

  protected readonly texts = STATS_TEXTS.report;
  protected readonly header = computed(() => headerRows(this.report().columns));
  protected scrollWidth(): string {
    return `${180 + this.report().columns.length * 90}px`;
  }
}
