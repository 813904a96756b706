import type { Config } from "../env.ts";
import type { Storage } from "../storage/types.ts";
import type { EventBus } from "./events.ts";

/**
 * The ground floor every part of the server stands on: configuration, the
 * storage port and the domain event bus. The sync endpoint and session checks
 * need only this; routes, commands, queries and subscribers take the whole
 * `Services` object (services/services.ts), which extends it.
 */
export interface ServerContext {
  config: Config;
  storage: Storage;
  events: EventBus;
  /** Extra readiness checks (e.g. Redis) reported by GET /readyz. */
  readiness: Record<string, () => Promise<boolean>>;
}
