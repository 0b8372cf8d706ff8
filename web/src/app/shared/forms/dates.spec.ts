import { chinaToday, localDate } from './dates';

describe('chinaToday', () => {
  it('is already tomorrow in China late in a UTC evening (a tablet left on UTC)', () => {
    expect(localDate(chinaToday(new Date('2026-12-02T23:41:00Z')))).toBe('2026-12-03');
    expect(localDate(chinaToday(new Date('2026-12-02T16:00:00Z')))).toBe('2026-12-03');
  });

  it('is the same day before 16:00 UTC, and turns the year at Beijing midnight', () => {
    expect(localDate(chinaToday(new Date('2026-12-02T15:59:59Z')))).toBe('2026-12-02');
    expect(localDate(chinaToday(new Date('2026-12-31T16:30:00Z')))).toBe('2027-01-01');
  });

  it('is local midnight, as a date picker holds a day', () => {
    const day = chinaToday(new Date('2026-06-15T03:00:00Z'));
    expect([day.getHours(), day.getMinutes(), day.getSeconds()]).toEqual([0, 0, 0]);
  });
});
