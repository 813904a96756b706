/** Options for `reconnectDelayMs`. */
export interface BackoffOptions {
  /** Delay before the first retry, before jitter (ms). */
  baseMs: number;
  /** Longest delay, before jitter (ms). */
  maxMs: number;
}

/** The sync endpoint's reconnect schedule: 0.5 s, 1 s, 2 s … capped at 30 s. */
export const SYNC_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/**
 * Exponential backoff with "equal jitter": the delay for retry `attempt`
 * (0-based) is uniformly random in [cap/2, cap] where cap = min(max, base·2^attempt).
 * Never zero, so a whole meeting does not reconnect in the same instant after a
 * server restart; `random` is injectable for tests.
 */
export function reconnectDelayMs(attempt: number, options: BackoffOptions = SYNC_BACKOFF, random: () => number = Math.random): number {
  const cap = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(cap / 2 + random() * (cap / 2));
}
