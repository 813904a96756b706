import type { ServerOptions } from "socket.io";
import type { DocRelay } from "../collaboration/docRelay.ts";
import type { MeetingStore } from "../realtime/meetingStore.ts";

/**
 * What scale-out through Redis offers the other parts when REDIS_URL is set
 * (null everywhere when the node runs alone). Built first by the composition
 * root; the sync endpoint and the socket.io endpoint take it as a parameter.
 */
export interface Scaleout {
  /** This process's id, tagged on everything it publishes so it can ignore its own messages. */
  readonly nodeId: string;
  /** Meeting state shared by every node. */
  readonly meetingStore: MeetingStore;
  /** A socket.io adapter (Redis streams) so rooms span every node. */
  socketAdapter(): ServerOptions["adapter"];
  /** Relays committed document updates and awareness between nodes. */
  readonly docRelay: DocRelay;
  /** Stop bridging and relaying; close the Redis connections. */
  close(): Promise<void>;
}
