export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the caller may try again, for the Retry-After header. */
  retryAfterSeconds: number;
}

/**
 * At most `limit` requests per key in each window (fixed windows, in memory, one per
 * gateway process). Keys are a user's id or a client's address; the table forgets
 * windows that have passed, so it cannot grow without bound.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string, now = Date.now()): RateLimitDecision {
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.windowMs) {
      if (this.windows.size >= this.maxKeys) this.forgetPassed(now);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000));
    return { allowed: window.count <= this.limit, retryAfterSeconds };
  }

  private forgetPassed(now: number): void {
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    // Still full of live windows: an attack with many keys; start over rather than grow.
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
}
