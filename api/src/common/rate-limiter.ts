import { AppError, CommonErrorCode } from './errors.js';

/**
 * A sliding window per key (a user, a client address), in this process: past `limit` takes within
 * `windowMs`, 429 with `Retry-After` and the message for the seconds left. Keys idle for a whole
 * window are forgotten once the map grows large.
 */
export class SlidingWindowLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly message: (seconds: number) => string,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): void {
    const now = this.now();
    const kept = (this.recent.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (kept.length >= this.limit) {
      this.recent.set(key, kept);
      const seconds = Math.max(1, Math.ceil((kept[0]! + this.windowMs - now) / 1000));
      throw new AppError(429, CommonErrorCode.TooManyRequests, this.message(seconds), undefined, {
        'Retry-After': String(seconds),
      });
    }
    kept.push(now);
    this.recent.set(key, kept);
    if (this.recent.size > 10_000) {
      for (const [id, times] of this.recent)
        if (!times.some((at) => at > now - this.windowMs)) this.recent.delete(id);
    }
  }
}
