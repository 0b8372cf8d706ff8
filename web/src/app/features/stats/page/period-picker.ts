import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { localDate, parseLocalDate } from '../../../shared/forms/dates';
import { type Period, type PeriodKind, kindOf, presetPeriod } from '../period';
import { STATS_TEXTS } from '../stats.texts';

/** 本月 / 上月 / 本年 / 自定义 with a date range; emits the chosen period as `YYYY-MM-DD` days. */
@Component({
  selector: 'tj-period-picker',
  imports: [FormsModule, NzDatePickerModule, NzRadioModule],
  template: `
    <!-- eslint-disable @angular-eslint/template/label-has-associated-control -- nz-radio-button renders its input inside the label -->
    <nz-radio-group
      nzButtonStyle="solid"
      nzSize="large"
      [attr.aria-label]="texts.label"
      [ngModel]="kind()"
      (ngModelChange)="choose($event)"
    >
      @for (preset of presets; track preset) {
        <label nz-radio-button [nzValue]="preset">{{ texts[preset] }}</label>
      }
      <label nz-radio-button nzValue="custom" [nzDisabled]="kind() !== 'custom'">{{ texts.custom }}</label>
    </nz-radio-group>
    <nz-range-picker
      nzSize="large"
      [nzAllowClear]="false"
      [attr.aria-label]="texts.range"
      [ngModel]="range()"
      (ngModelChange)="setRange($event)"
    />
  `,
  styles: ':host { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodPicker {
  readonly period = input.required<Period>();
  readonly today = input.required<Date>();
  readonly periodChange = output<Period>();

  protected readonly texts = STATS_TEXTS.period;
  protected readonly presets = ['thisMonth', 'lastMonth', 'thisYear'] as const;
  protected readonly kind = computed(() => kindOf(this.period(), this.today()));
  protected readonly range = computed(() => [
    parseLocalDate(this.period().from),
    parseLocalDate(this.period().to),
  ]);

  protected choose(kind: PeriodKind): void {
    if (kind !== 'custom') this.periodChange.emit(presetPeriod(kind, this.today()));
  }

  protected setRange(dates: (Date | null)[] | null): void {
    const [from, to] = dates ?? [];
    if (from && to) this.periodChange.emit({ from: localDate(from), to: localDate(to) });
  }
}
