/**
 * When a node's queued relay messages leave for Redis: at most once every
 * `intervalMs` while the node is busy, at once after a quiet spell.
 *
 * Every message a node publishes wakes every other node holding the plan, and
 * on a small VM a wake-up costs more than the work it brings (80–117 µs of CPU
 * for a lone 300 B delivery, `tests/bench/lib/deliveryCost.ts`). So a node
 * sends what it queued:
 * - at the end of the turn, when nothing left in the last `intervalMs`
 *   (a lone edit is not delayed);
 * - otherwise at the end of the first later turn that comes `intervalMs`
 *   after the last send, so a busy node's sends ride on wake-ups it has anyway;
 * - or by a timer `intervalMs` after the first queued message, when no such
 *   turn comes (nothing waits longer than `intervalMs`).
 * `intervalMs` 0 sends at the end of every turn that queued something.
 */
export class PublishThrottle {
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private scheduled = false;
  /** Set while something queued waits for a later turn or this timer. */
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly intervalMs: number,
    /** Sends everything queued. */
    private readonly send: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Something was queued in this turn. */
  queued(): void {
    if (this.scheduled) return;
    const now = this.now();
    if (now - this.lastSentAt >= this.intervalMs) {
      this.scheduled = true;
      queueMicrotask(this.flush);
    } else if (this.timer === undefined) {
      this.timer = setTimeout(this.flush, this.intervalMs);
    }
  }

  /** Drop the timer (the owner is closing; what was queued is not sent). */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    this.close();
    this.lastSentAt = this.now();
    this.send();
  };
}
