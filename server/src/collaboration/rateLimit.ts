/** A per-connection token bucket that rate-limits incoming frames. */
/**
 * A token bucket: `burst` tokens, refilled at `perSecond`. One instance per
 * connection; `take()` is O(1) and allocation-free.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Take `n` tokens; false when the bucket is empty (the caller should cut the connection). */
  take(n = 1): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }
}
