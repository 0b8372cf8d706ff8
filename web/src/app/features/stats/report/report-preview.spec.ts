import { TestBed } from '@angular/core/testing';
import { textOf } from '../../../../testing/dom';
import { REPORT } from '../stats-fixtures';
import { ReportPreview } from './report-preview';

describe('ReportPreview (月报表预览)', () => {
  it('shows one row per organisation under the report columns, and the totals row last', async () => {
    const fixture = TestBed.createComponent(ReportPreview);
    fixture.componentRef.setInput('report', REPORT);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(textOf(el.querySelector('h3')!)).toBe('枫桥镇司法所 2026-03 调解工作月报表');
    // Two header rows: the columns of a group under one merged cell, as in the official layout.
    const headerRow = (n: number) =>
      Array.from(el.querySelectorAll(`thead tr:nth-child(${n}) th`)).map((th) => [
        th.textContent?.trim(),
        th.getAttribute('colspan') ?? '1',
      ]);
    expect(headerRow(1)).toEqual([
      ['调解组织', '1'],
      ['受理纠纷(件)', '1'],
      ['纠纷类型(件)', '2'],
      ['协议涉及金额(万元)', '1'],
    ]);
    expect(headerRow(2)).toEqual([
      ['邻里', '1'],
      ['物业', '1'],
    ]);
    const rows = Array.from(el.querySelectorAll('tbody tr.report-row, tbody tr.totals')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['老杨调解中心', '10', '8', '2', '1.2000'],
      ['枫桥镇人民调解委员会', '5', '4', '1', '0.3000'],
      ['合计', '15', '12', '3', '1.5000'],
    ]);
    expect(el.querySelector('tbody tr:last-child')?.classList).toContain('totals');
  });
});
