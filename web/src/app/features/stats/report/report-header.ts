import type { StatsReportColumn } from '../../../core/api/stats-api';

/** A cell of the report's two header rows: a column of its own spans both, a group spans its columns. */
export interface HeaderCell {
  label: string;
  colspan: number;
  rowspan: number;
}

/** The official two-row header: ungrouped columns span both rows, consecutive columns of a group share one cell. */
export function headerRows(columns: readonly StatsReportColumn[]): [HeaderCell[], HeaderCell[]] {
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  let previousGroup: string | null = null;
  for (const column of columns) {
    if (column.group === null) {
      top.push({ label: column.label, colspan: 1, rowspan: 2 });
    } else {
      const last = top[top.length - 1];
      if (column.group === previousGroup && last) last.colspan += 1;
      else top.push({ label: column.group, colspan: 1, rowspan: 1 });
      bottom.push({ label: column.label, colspan: 1, rowspan: 1 });
    }
    previousGroup = column.group;
  }
  return [top, bottom];
}
