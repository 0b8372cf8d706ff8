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
    const headings = Array.from(el.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
    expect(headings).toEqual(['调解组织', '受理纠纷数', '调解成功数', '协议涉及金额（万元）']);
    const rows = Array.from(el.querySelectorAll('tbody tr.report-row, tbody tr.totals')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['老杨调解中心', '10', '8', '1.20'],
      ['枫桥镇人民调解委员会', '5', '4', '0.30'],
      ['合计', '15', '12', '1.50'],
    ]);
    expect(el.querySelector('tbody tr:last-child')?.classList).toContain('totals');
  });
});
