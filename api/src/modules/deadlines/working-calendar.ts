import chineseDays from 'chinese-days';
import { endOfChinaDay } from '../../../../libs/contracts/src/china-day.js';

// The package is CommonJS without named-export hints: take its functions from the default export.
const { isWorkday } = chineseDays;

export { chinaDay } from '../../../../libs/contracts/src/china-day.js';

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * China's working-day calendar: public holidays and the weekend make-up days
 * (调休) from `chinese-days`, corrected by local overrides (a county's own
 * days off, or a year the library does not know yet).
 */
export class WorkingCalendar {
  constructor(private readonly overrides: ReadonlyMap<string, boolean> = new Map()) {}

  isWorkingDay(day: string): boolean {
    return this.overrides.get(day) ?? isWorkday(day);
  }

  /** The day `n` working days after `day` (the start day itself does not count). */
  addWorkingDays(day: string, n: number): string {
    let current = day;
    for (let counted = 0; counted < n;) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) counted++;
    }
    return current;
  }

  /**
   * The due day of a period of `n` calendar days from `day`; a period that
   * ends on a day off ends on the next working day (as procedural time limits do).
   */
  addCalendarDays(day: string, n: number): string {
    let due = addDays(day, n);
    while (!this.isWorkingDay(due)) due = addDays(due, 1);
    return due;
  }

  /** End of `day` in China (23:59:59.999 +08:00), when a clock that is due that day runs out. */
  static endOf(day: string): Date {
    return endOfChinaDay(day);
  }
}
