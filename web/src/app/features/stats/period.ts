import { isDateString, localDate } from '../../shared/forms/dates';

/** The choices of the period picker; `custom` is any other range. */
export type PeriodKind = 'thisMonth' | 'lastMonth' | 'thisYear' | 'custom';

export interface Period {
  from: string;
  to: string;
}

/** The range of a preset on `today`: this month and this year run to today, last month is whole. */
export function presetPeriod(kind: Exclude<PeriodKind, 'custom'>, today: Date): Period {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (kind) {
    case 'thisMonth':
      return { from: localDate(new Date(y, m, 1)), to: localDate(today) };
    case 'lastMonth':
      // Day 0 of this month is the last day of the one before.
      return { from: localDate(new Date(y, m - 1, 1)), to: localDate(new Date(y, m, 0)) };
    case 'thisYear':
      return { from: localDate(new Date(y, 0, 1)), to: localDate(today) };
  }
}

/** The period of the URL's `from`/`to`; this month when either is missing or malformed (as the API does). */
export function periodFrom(from: string | undefined, to: string | undefined, today: Date): Period {
  if (isDateString(from) && isDateString(to) && from <= to) return { from, to };
  return presetPeriod('thisMonth', today);
}

/** Which preset a period is, so the picker can show it as chosen. */
export function kindOf(period: Period, today: Date): PeriodKind {
  const presets = ['thisMonth', 'lastMonth', 'thisYear'] as const;
  const match = presets.find((kind) => {
    const preset = presetPeriod(kind, today);
    return preset.from === period.from && preset.to === period.to;
  });
  return match ?? 'custom';
}

/** `YYYY-MM` of the month a period starts in: the monthly report's default. */
export function monthOf(period: Period): string {
  return period.from.slice(0, 7);
}
