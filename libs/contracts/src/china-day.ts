/**
 * The committees' calendar is China's (Asia/Shanghai), whatever the server's or the tablet's time
 * zone: a day is `YYYY-MM-DD` there, and a period due on a day runs out at its last millisecond there.
 */
const CHINA_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' });

/** `YYYY-MM-DD` of an instant in China (today when none is given). */
export function chinaDay(at: Date = new Date()): string {
  return CHINA_DAY.format(at);
}

const CHINA_MINUTE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD HH:mm` of an instant in China (a print's time stamp). */
export function chinaMinute(at: Date = new Date()): string {
  return CHINA_MINUTE.format(at);
}

/** The end of `day` in China (23:59:59.999 +08:00), when something due that day runs out. */
export function endOfChinaDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+08:00`);
}
