import { equalityDeep } from "lib0/function";
import type { WebsocketProvider } from "y-websocket";

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * Make a y-websocket provider send only this client's own presence.
 *
 * The stock provider re-sends every awareness change it observes, whatever its
 * origin, so in a meeting of N people each remote cursor move comes back to the
 * server N−1 times. The server drops those echoes, but they still cost every
 * client an upload and the server a read. Filtering the provider's handler to
 * our own client id keeps the wire protocol unchanged (stock clients and servers
 * interoperate as before) and leaves remote states to the server to fan out.
 *
 * It also drops a field set to the value it already has: y-protocols sends a
 * frame for every `setLocalStateField`, changed or not, and each section editor
 * sets the same `user` when it mounts (one frame per section on opening a plan,
 * fanned out to everyone in the room). The provider's keep-alive renewal goes
 * through `setLocalState` and is untouched.
 */
export function ownPresenceOnly(provider: WebsocketProvider): void {
  const awareness = provider.awareness;
  const send = provider._awarenessUpdateHandler;
  const own = (id: number): boolean => id === awareness.clientID;
  const sendOwn = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const mine: AwarenessChange = { added: added.filter(own), updated: updated.filter(own), removed: removed.filter(own) };
    if (mine.added.length + mine.updated.length + mine.removed.length === 0) return;
    send(mine, origin);
  };
  awareness.off("update", send);
  awareness.on("update", sendOwn);
  // `destroy()` unsubscribes whatever this property holds.
  provider._awarenessUpdateHandler = sendOwn;
  const setField = awareness.setLocalStateField.bind(awareness);
  awareness.setLocalStateField = (field: string, value: unknown): void => {
    const state = awareness.getLocalState();
    if (state !== null && field in state && equalityDeep(state[field], value)) return;
    setField(field, value);
  };
}
