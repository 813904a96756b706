import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { CollabUpdateRefusedError, type CollabApi } from "../collaboration/collabApi.ts";
import type { DocStore, StoredDoc } from "../storage/types.ts";
import { PlanDocGateway } from "./planDocGateway.ts";

/** A DocStore in memory: enough of the port for the gateway (append and load). */
function memoryDocs(): DocStore & { logs: Map<string, StoredDoc> } {
  const logs = new Map<string, StoredDoc>();
  return {
    logs,
    async load(id) {
      return logs.get(id) ?? null;
    },
    async append(id, updates, createdAt) {
      const d = logs.get(id) ?? { snapshot: null, snapshotSeq: 0, updates: [], owners: [] };
      for (const u of updates) d.updates.push({ seq: d.snapshotSeq + d.updates.length + 1, data: u.data, userId: u.userId, createdAt });
      logs.set(id, d);
      return d.snapshotSeq + d.updates.length;
    },
    async compact() {},
    async logLength(id) {
      return logs.get(id)?.updates.length ?? 0;
    },
  };
}

function textOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const t = doc.getText("t").toString();
  doc.destroy();
  return t;
}

describe("PlanDocGateway", () => {
  it("without a sync endpoint, changes go to the store and reads merge the log", async () => {
    const docs = memoryDocs();
    await docs.append("p1", [], "2026-01-01T00:00:00.000Z");
    const gateway = new PlanDocGateway(docs, null);
    const first = await gateway.change("p1", "u1", (doc) => doc.getText("t").insert(0, "hello"));
    expect(first.changed).toBe(true);
    await gateway.change("p1", null, (doc) => doc.getText("t").insert(5, " world"));
    expect(docs.logs.get("p1")!.updates.map((u) => u.userId)).toEqual(["u1", null]);
    expect(textOf((await gateway.state("p1"))!)).toBe("hello world");
    expect(await gateway.withDoc("p1", (doc) => doc.getText("t").length)).toBe(11);
  });

  it("a change that changes nothing writes nothing", async () => {
    const docs = memoryDocs();
    await docs.append("p1", [], "2026-01-01T00:00:00.000Z");
    const r = await new PlanDocGateway(docs, null).change("p1", "u1", () => 42);
    expect(r).toMatchObject({ changed: false, result: 42 });
    expect(docs.logs.get("p1")!.updates).toHaveLength(0);
  });

  it("an unknown plan is null to read and 404 to change", async () => {
    const gateway = new PlanDocGateway(memoryDocs(), null);
    expect(await gateway.state("nope")).toBeNull();
    expect(await gateway.withDoc("nope", () => 1)).toBeNull();
    await expect(gateway.change("nope", null, () => undefined)).rejects.toMatchObject({ status: 404 });
  });

  it("with a sync endpoint, reads and writes go through it; a refused update is a 409", async () => {
    const written: Uint8Array[] = [];
    let refuse = false;
    const live: CollabApi = {
      async getDocSnapshot() {
        const d = new Y.Doc();
        d.getText("t").insert(0, "live");
        const s = Y.encodeStateAsUpdate(d);
        d.destroy();
        return s;
      },
      async flushed() {},
      async applyServerUpdate(_planId, update) {
        if (refuse) throw new CollabUpdateRefusedError("malformed");
        written.push(update);
      },
      connectionCount: () => 3,
      loadedDocCount: () => 1,
      refusedUpdateCounts: () => ({}),
    };
    const docs = memoryDocs();
    const gateway = new PlanDocGateway(docs, live);
    expect(textOf((await gateway.state("p1"))!)).toBe("live");
    await gateway.change("p1", "u1", (doc) => doc.getText("t").insert(4, "!"));
    expect(written).toHaveLength(1);
    expect(docs.logs.size).toBe(0);
    expect(gateway.connectionCount("p1")).toBe(3);
    refuse = true;
    await expect(gateway.change("p1", "u1", (doc) => doc.getText("t").insert(0, "x"))).rejects.toMatchObject({ status: 409 });
  });
});
