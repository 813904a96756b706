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
 * It also drops a field set to what it already holds, as the wire would carry
 * it (JSON): y-protocols sends a frame for every `setLocalStateField`, changed
 * or not. Each section editor sets the same `user` when it mounts (one frame
 * per section on opening a plan, fanned out to everyone in the room), and the
 * caret plugin re-sends its unchanged caret whenever a remote edit lands in a
 * focused editor (N−1 frames per keystroke in a meeting of N). Receivers act
 * only on a state that differs, so nothing they show changes. The provider's
 * keep-alive renewal goes through `setLocalState` and is untouched.
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
    // (a field cleared that was never set counts as unchanged: receivers read both as "none")
    if (state !== null && JSON.stringify(state[field] ?? null) === JSON.stringify(value ?? null)) return;
    setField(field, value);
  };
}
