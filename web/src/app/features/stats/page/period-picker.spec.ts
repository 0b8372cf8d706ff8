import { TestBed } from '@angular/core/testing';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import type { Period } from '../period';
import { PeriodPicker } from './period-picker';

describe('PeriodPicker (统计期间)', () => {
  const today = new Date(2026, 2, 16);

  async function render(period: Period) {
    TestBed.configureTestingModule({
      providers: [provideNzI18n(zh_CN), provideNzNativeDateAdapter({ locale: 'zh-CN', firstDayOfWeek: 1 })],
    });
    const fixture = TestBed.createComponent(PeriodPicker);
    fixture.componentRef.setInput('period', period);
    fixture.componentRef.setInput('today', today);
    const emitted: Period[] = [];
    fixture.componentInstance.periodChange.subscribe((p) => emitted.push(p));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const button = (label: string) => {
      const found = Array.from(el.querySelectorAll<HTMLElement>('label[nz-radio-button]')).find(
        (b) => b.textContent?.trim() === label,
      );
      if (!found) throw new Error(`no ${label}`);
      return found;
    };
    return { fixture, el, emitted, button };
  }

  it('offers 本月, 上月, 本年 and 自定义, with the current preset chosen', async () => {
    const { el, button } = await render({ from: '2026-03-01', to: '2026-03-16' });
    const labels = Array.from(el.querySelectorAll('label[nz-radio-button]')).map((b) =>
      b.textContent?.trim(),
    );
    expect(labels).toEqual(['本月', '上月', '本年', '自定义']);
    expect(button('本月').classList).toContain('ant-radio-button-wrapper-checked');
  });

  it('gives the whole of last month for 上月 and the year so far for 本年', async () => {
    const { fixture, emitted, button } = await render({ from: '2026-03-01', to: '2026-03-16' });
    button('上月').click();
    await fixture.whenStable();
    button('本年').click();
    await fixture.whenStable();
    expect(emitted).toEqual([
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-01-01', to: '2026-03-16' },
    ]);
  });

  it('shows a range of its own as 自定义 in the range picker', async () => {
    const { el, button } = await render({ from: '2026-01-10', to: '2026-02-20' });
    expect(button('自定义').classList).toContain('ant-radio-button-wrapper-checked');
    const inputs = Array.from(el.querySelectorAll<HTMLInputElement>('nz-range-picker input'));
    expect(inputs.map((input) => input.value)).toEqual(['2026-01-10', '2026-02-20']);
  });
});
