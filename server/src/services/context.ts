import type { Config } from "../env.ts";
import type { Storage } from "../storage/types.ts";
import type { EventBus } from "./events.ts";

/** What every route, command and realtime handler may use. */
export interface ServerContext {
  config: Config;
  storage: Storage;
  events: EventBus;
  /** Extra readiness checks (e.g. Redis) reported by GET /readyz. */
  readiness?: Record<string, () => Promise<boolean>>;
}
