/** Test doubles for the room's unit tests (store, relay, recording connection). */
/**
 * Test doubles for SharedDoc unit tests: a store that serves one stored doc,
 * a relay that remembers its target, and a connection that records frames.
 */
import { afterEach } from "vitest";
import type { EmbeddedStorage } from "../storage/embedded/embeddedStorage.ts";
import type { DocStore, StoredDoc } from "../storage/types.ts";
import type { DocConnection } from "./docConnection.ts";
import type { DocRelay, RelayTarget } from "./docRelay.ts";
import type { LogMerger } from "./compaction.ts";
import type { ClientFrame } from "./protocol.ts";
import type { SharedDoc } from "./sharedDoc.ts";

/** A store that always loads `stored` (no recorded owners unless given) and accepts every write. */
export function storeWith(stored: Omit<StoredDoc, "owners"> & { owners?: StoredDoc["owners"] }): DocStore {
  return {
    load: async () => ({ owners: [], ...stored }),
    append: async () => 1,
    compact: async () => undefined,
    logLength: async () => stored.updates.length,
  };
}

/** A relay that publishes nothing and keeps the doc that joined it (to call `applyRemote` on). */
export function relayStub(): DocRelay & { target: RelayTarget | null } {
  return {
    target: null,
    async join(t) {
      this.target = t;
    },
    leave() {},
    publishUpdates() {},
    publishAwareness() {},
    remoteAwareness: () => null,
  };
}

/** An editor connection that records every frame sent to it. */
export function recordingConnection(): DocConnection & { frames: Uint8Array[] } {
  const frames: Uint8Array[] = [];
  return {
    id: 1,
    userId: "u1",
    readOnly: false,
    identity: { id: "u1", name: "A", sector: "nhs", organisation: "Trust", colour: "#000000" },
    ownedClientId: null,
    frames,
    send: (f) => frames.push(f),
    close: () => undefined,
  };
}

/** An awareness frame as parsed from a client: one entry whose state is `state` as JSON. */
export function awarenessFrame(clientId: number, clock: number, state: unknown, bytes = 16): ClientFrame {
  return { kind: "awareness", entries: [{ clientId, clock, raw: new TextEncoder().encode(JSON.stringify(state)) }], bytes };
}

/** What a test opened on a real store; push each as it opens. */
export type OpenedDoc = { storage?: EmbeddedStorage; merger?: LogMerger; doc?: SharedDoc };

/** A list of what each test opens, closed after every test, newest first (document, then merger, then store). */
export function closedAfterEach(): OpenedDoc[] {
  const open: OpenedDoc[] = [];
  afterEach(async () => {
    for (const o of open.splice(0).reverse()) {
      if (o.doc && o.doc.state !== "closed") await o.doc.unload();
      await o.merger?.close();
      await o.storage?.close();
    }
  });
  return open;
}
