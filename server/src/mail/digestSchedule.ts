import { log } from "../logging/logger.ts";
import type { Services } from "../services/services.ts";
import { nextDigestAt, sendDigests } from "./mailSender.ts";

const mailLog = log("mail");

/** When the daily digest goes out. */
export interface DigestScheduleOptions {
  /** Hour (UTC) the daily digest goes out. */
  digestHourUtc: number;
  /** How often the scheduler checks whether the digest is due. */
  checkEveryMs: number;
}

/** Run `sendDigests` once a day at `digestHourUtc` (a run still going when the next check comes is not doubled). */
export function digestSchedule(services: Services, opts: DigestScheduleOptions = { digestHourUtc: 7, checkEveryMs: 10 * 60_000 }): { name: string; close(): Promise<void> } {
  let due = nextDigestAt(new Date(), opts.digestHourUtc);
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    const now = new Date();
    if (now < due || running) return;
    due = nextDigestAt(now, opts.digestHourUtc);
    running = sendDigests(services, now)
      .catch((err: unknown) => mailLog.error({ err }, "digest run failed"))
      .finally(() => (running = null));
  }, opts.checkEveryMs);
  timer.unref();
  return {
    name: "digestSchedule",
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
