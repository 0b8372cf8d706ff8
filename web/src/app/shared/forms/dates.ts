import { chinaDay } from '@tiaojie/contracts';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of a date in the user's time zone (the day they picked on the calendar). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/*
 * Today in China (libs/contracts): a tablet left on another time zone would otherwise offer yesterday
 * after 16:00 UTC, and the server refuses a day before the agreement took effect.
 */
export { chinaDay };

/** {@link chinaDay} as local midnight, the value a date picker holds for a day. */
export function chinaToday(now: Date = new Date()): Date {
  return parseLocalDate(chinaDay(now))!;
}

/** The calendar day of a `YYYY-MM-DD` string, at local midnight; null when it is not one. */
export function parseLocalDate(value: string | undefined): Date | null {
  if (!value || !DATE.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function isDateString(value: string | undefined): value is string {
  return value !== undefined && DATE.test(value);
}

/** For date pickers of things that have happened: days after today (in China) cannot be chosen. */
export const afterToday = (day: Date): boolean => localDate(day) > chinaDay();
