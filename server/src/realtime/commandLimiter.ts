/**
 * A token bucket per socket: `capacity` commands at once, refilled at
 * `perSecond`. Meeting controls are low-frequency; this only stops a client
 * from flooding the server with joins or timer commands.
 */
export class CommandLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity = 30,
    private readonly perSecond = 10,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Take one token; false when the bucket is empty. */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
