import { describe, expect, it } from "vitest";
import type { RelayTarget, RelayedUpdate } from "../collaboration/docRelay.ts";
import { encodeAwarenessFrame } from "../collaboration/protocol.ts";
import { awarenessFrameEntries } from "./relayCodec.ts";
import { mergeAwarenessFrames, RelayInbox } from "./relayInbox.ts";

type Call = { kind: "updates"; first: number; data: number[] } | { kind: "awareness"; frame: Uint8Array };

function target(planId: string): RelayTarget & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    planId,
    calls,
    applyRemote: (first, updates) => calls.push({ kind: "updates", first, data: updates.map((u) => u.data[0]!) }),
    relayAwareness: (frame) => calls.push({ kind: "awareness", frame }),
    resync: async () => undefined,
  };
}

/** Updates whose single byte is their seq. */
function updates(first: number, n: number): RelayedUpdate[] {
  return Array.from({ length: n }, (_, i) => ({ data: new Uint8Array([first + i]), userId: null }));
}

/** An inbox whose scheduled delivery runs only when the test says so. */
function manualInbox(joined: (t: RelayTarget) => boolean = () => true): { inbox: RelayInbox; run: () => void; scheduled: () => number } {
  const queue: Array<() => void> = [];
  const inbox = new RelayInbox(joined, (fn) => queue.push(fn));
  return { inbox, run: () => queue.splice(0).forEach((fn) => fn()), scheduled: () => queue.length };
}

describe("relay inbox", () => {
  it("joins consecutive messages into one run, delivered once per scheduled turn and in order", () => {
    const { inbox, run, scheduled } = manualInbox();
    const t = target("p");
    inbox.addUpdates(t, 1, updates(1, 2));
    inbox.addUpdates(t, 3, updates(3, 1));
    inbox.addUpdates(t, 4, updates(4, 3));
    expect(t.calls).toEqual([]); // nothing before the scheduled delivery
    expect(scheduled()).toBe(1);
    run();
    expect(t.calls).toEqual([{ kind: "updates", first: 1, data: [1, 2, 3, 4, 5, 6] }]);
    inbox.addUpdates(t, 7, updates(7, 1));
    run();
    expect(t.calls.at(-1)).toEqual({ kind: "updates", first: 7, data: [7] });
  });

  it("keeps runs that do not follow each other apart, in arrival order, losing nothing", () => {
    const { inbox, run } = manualInbox();
    const t = target("p");
    inbox.addUpdates(t, 10, updates(10, 2));
    inbox.addUpdates(t, 5, updates(5, 2)); // earlier seqs after later ones: the doc sorts it out
    inbox.addUpdates(t, 7, updates(7, 1));
    inbox.addUpdates(t, 12, updates(12, 1)); // follows 10..11, but only the last run grows: arrival order is kept
    run();
    expect(t.calls).toEqual([
      { kind: "updates", first: 10, data: [10, 11] },
      { kind: "updates", first: 5, data: [5, 6, 7] },
      { kind: "updates", first: 12, data: [12] },
    ]);
  });

  it("delivers per document, awareness before updates (to leave in their write), and skips a document that left", () => {
    const a = target("a");
    const b = target("b");
    const left = new Set<RelayTarget>();
    const { inbox, run } = manualInbox((t) => !left.has(t));
    const frame = encodeAwarenessFrame([{ clientId: 1, clock: 1, json: "{}" }]);
    inbox.addAwareness(a, frame);
    inbox.addUpdates(a, 1, updates(1, 1));
    inbox.addUpdates(b, 1, updates(1, 1));
    left.add(b);
    run();
    expect(a.calls).toEqual([
      { kind: "awareness", frame }, // a single frame goes as is
      { kind: "updates", first: 1, data: [1] },
    ]);
    expect(b.calls).toEqual([]);
  });

  it("merges awareness frames into the state a client applying them in order would end with", () => {
    const f1 = encodeAwarenessFrame([
      { clientId: 1, clock: 1, json: '{"n":"one"}' },
      { clientId: 2, clock: 5, json: '{"n":"two"}' },
      { clientId: 3, clock: 2, json: '{"n":"three"}' },
    ]);
    const f2 = encodeAwarenessFrame([
      { clientId: 1, clock: 2, json: '{"n":"one again"}' },
      { clientId: 2, clock: 4, json: '{"n":"stale"}' }, // older clock: ignored
      { clientId: 3, clock: 2, json: "null" }, // removal at the same clock: applied
      { clientId: 4, clock: 1, json: '{"n":"four"}' },
    ]);
    const f3 = encodeAwarenessFrame([{ clientId: 3, clock: 2, json: '{"n":"back"}' }]); // same clock, not a removal: ignored
    expect(awarenessFrameEntries(mergeAwarenessFrames([f1, f2, f3]))).toEqual([
      { clientId: 1, clock: 2, json: '{"n":"one again"}' },
      { clientId: 2, clock: 5, json: '{"n":"two"}' },
      { clientId: 3, clock: 2, json: "null" },
      { clientId: 4, clock: 1, json: '{"n":"four"}' },
    ]);
  });

  it("sends one merged awareness frame for several received together", () => {
    const { inbox, run } = manualInbox();
    const t = target("p");
    inbox.addAwareness(t, encodeAwarenessFrame([{ clientId: 1, clock: 1, json: "{}" }]));
    inbox.addAwareness(t, encodeAwarenessFrame([{ clientId: 2, clock: 1, json: "{}" }]));
    run();
    expect(t.calls).toHaveLength(1);
    const call = t.calls[0]!;
    expect(call.kind === "awareness" && awarenessFrameEntries(call.frame).map((e) => e.clientId)).toEqual([1, 2]);
  });
});
