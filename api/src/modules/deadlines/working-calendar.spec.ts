import { chinaDay, WorkingCalendar } from './working-calendar.js';

describe('working-day calendar', () => {
  const calendar = new WorkingCalendar();

  it('knows 国庆 2026 and its make-up Saturday (10 October)', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-07')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday, worked in lieu
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false); // Sunday
  });

  it('counts 30 working days across 中秋 and 国庆 2026, skipping the holidays but not the make-up day', () => {
    // From Wed 23 Sep: 24, 28, 29, 30 Sep (中秋 is 25–27 Sep), 8, 9, 10 (Sat) Oct, then 23 more weekdays.
    expect(calendar.addWorkingDays('2026-09-23', 30)).toBe('2026-11-11');
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
  });

  it('counts working days across 春节 2026', () => {
    expect(calendar.isWorkingDay('2026-02-17')).toBe(false); // 春节
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14'); // Saturday, worked in lieu
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-14', 30)).toBe('2026-04-03'); // counts Sat 28 Feb, worked in lieu
  });

  it('moves a 30-calendar-day period that ends in the holiday to the next working day', () => {
    expect(calendar.addCalendarDays('2026-09-03', 30)).toBe('2026-10-08');
    expect(calendar.addCalendarDays('2026-10-12', 30)).toBe('2026-11-11');
  });

  it('follows a local override', () => {
    const local = new WorkingCalendar(new Map([['2026-11-12', false]])); // a county's own day off
    expect(local.addCalendarDays('2026-10-13', 30)).toBe('2026-11-13');
    expect(calendar.addCalendarDays('2026-10-13', 30)).toBe('2026-11-12');
    expect(local.addWorkingDays('2026-11-11', 1)).toBe('2026-11-13');
  });

  it('takes the day in China, not in UTC', () => {
    expect(chinaDay(new Date('2026-09-30T17:00:00Z'))).toBe('2026-10-01');
    expect(WorkingCalendar.endOf('2026-10-08').toISOString()).toBe('2026-10-08T15:59:59.999Z');
  });
});
