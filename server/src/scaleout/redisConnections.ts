import { createClient } from "redis";
import { log } from "../logging/logger.ts";
import { settleWithin } from "../utils/settleWithin.ts";

const logger = log("lifecycle");

/** A node-redis v5 client. */
export type RedisClient = ReturnType<typeof createClient>;

/** Reconnect with capped exponential backoff plus jitter (never give up). */
function reconnectDelay(retries: number): number {
  return Math.min(100 * 2 ** Math.min(retries, 5), 2_000) + Math.floor(Math.random() * 100);
}

/**
 * The Redis connections of one node: `cmd` for commands and publishes (its
 * offline queue holds commands during a blip), `sub` for the per-plan
 * pub/sub relay, `reader` for blocking reads of the event stream. Each
 * reconnects forever; `onReconnect` listeners run when `sub` is back, so
 * callers can resync what they may have missed.
 */
export class RedisConnections {
  readonly cmd: RedisClient;
  readonly sub: RedisClient;
  readonly reader: RedisClient;
  private readonly reconnectListeners = new Set<() => void>();
  private closed = false;

  constructor(url: string) {
    const make = (role: string): RedisClient => {
      const client = createClient({ url, socket: { reconnectStrategy: reconnectDelay, connectTimeout: 5_000 } });
      let down = false;
      client.on("error", (err: Error) => {
        if (down || this.closed) return; // one line per outage, not one per retry
        down = true;
        logger.warn({ role, err: err.message }, "redis connection lost; reconnecting");
      });
      let wasReady = false;
      client.on("ready", () => {
        if (down) logger.info({ role }, "redis connection restored");
        down = false;
        if (wasReady && role === "sub") for (const fn of this.reconnectListeners) fn();
        wasReady = true;
      });
      return client;
    };
    this.cmd = make("cmd");
    this.sub = make("sub");
    this.reader = make("reader");
  }

  /**
   * Connect all three. Resolves true when connected within `timeoutMs`; false
   * otherwise (they keep trying in the background and readiness says so).
   */
  async connect(timeoutMs: number): Promise<boolean> {
    const all = Promise.all([this.cmd.connect(), this.sub.connect(), this.reader.connect()]).then(() => true);
    all.catch((err: unknown) => logger.error({ err }, "redis connect failed"));
    return settleWithin(all.catch(() => false), timeoutMs, false);
  }

  /** Run `fn` whenever the subscriber connection came back after a loss. Returns an unsubscribe function. */
  onReconnect(fn: () => void): () => void {
    this.reconnectListeners.add(fn);
    return () => this.reconnectListeners.delete(fn);
  }

  /** True when every connection is up and Redis answers a PING within a second. */
  async healthy(): Promise<boolean> {
    if (!this.cmd.isReady || !this.sub.isReady || !this.reader.isReady) return false;
    try {
      return (await settleWithin(this.cmd.ping(), 1_000, "timeout")) === "PONG";
    } catch {
      return false;
    }
  }

  /**
   * Close every connection (pending blocking reads are cut). Commands already issued on `cmd` (the
   * last relay publishes, stream appends) get up to `drainMs` to go out while Redis is reachable.
   */
  async close(drainMs = 1_000): Promise<void> {
    this.closed = true;
    this.reconnectListeners.clear();
    if (this.cmd.isReady) await settleWithin(this.cmd.close().catch(() => undefined), drainMs, undefined);
    for (const c of [this.reader, this.sub, this.cmd]) {
      try {
        if (c.isOpen) c.destroy();
      } catch {
        // already closed
      }
    }
  }
}
