import { kindOf, monthOf, periodFrom, presetPeriod } from './period';

describe('statistics periods', () => {
  // A Monday in March; months are 0-based in Date.
  const today = new Date(2026, 2, 16);

  it('runs this month and this year from their first day to today', () => {
    expect(presetPeriod('thisMonth', today)).toEqual({ from: '2026-03-01', to: '2026-03-16' });
    expect(presetPeriod('thisYear', today)).toEqual({ from: '2026-01-01', to: '2026-03-16' });
  });

  it('takes all of last month, also across the turn of the year and in a leap February', () => {
    expect(presetPeriod('lastMonth', today)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('lastMonth', new Date(2026, 0, 5))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('lastMonth', new Date(2028, 2, 1))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('reads the period from the URL, falling back to this month like the API', () => {
    expect(periodFrom('2026-01-10', '2026-02-20', today)).toEqual({ from: '2026-01-10', to: '2026-02-20' });
    expect(periodFrom(undefined, undefined, today)).toEqual({ from: '2026-03-01', to: '2026-03-16' });
    expect(periodFrom('2026-02-20', '2026-01-10', today)).toEqual({ from: '2026-03-01', to: '2026-03-16' });
    expect(periodFrom('yesterday', '2026-01-10', today)).toEqual({ from: '2026-03-01', to: '2026-03-16' });
  });

  it('recognises a preset, and calls any other range custom', () => {
    expect(kindOf({ from: '2026-02-01', to: '2026-02-28' }, today)).toBe('lastMonth');
    expect(kindOf({ from: '2026-01-01', to: '2026-03-16' }, today)).toBe('thisYear');
    expect(kindOf({ from: '2026-01-10', to: '2026-02-20' }, today)).toBe('custom');
    expect(monthOf({ from: '2026-01-10', to: '2026-02-20' })).toBe('2026-01');
  });
});
