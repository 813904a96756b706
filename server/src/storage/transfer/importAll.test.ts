import { afterEach, describe, expect, it } from "vitest";
import { createEmbeddedStorage } from "../embedded/embeddedStorage.ts";
import type { Storage } from "../types.ts";
import { decodeLine, encodeLine, type DumpLine } from "./dumpFormat.ts";
import { exportAll } from "./exportAll.ts";
import { importAll, validateDump } from "./importAll.ts";
import { TransferError } from "./transferError.ts";
import { FIXTURE, populate } from "./transferFixture.ts";

const open: Storage[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
function fresh(): Storage {
  const s = createEmbeddedStorage(":memory:");
  open.push(s);
  return s;
}

async function linesOf(s: Storage): Promise<DumpLine[]> {
  const out: DumpLine[] = [];
  for await (const l of exportAll(s)) out.push(l);
  return out;
}

async function* iter(lines: DumpLine[]): AsyncIterable<DumpLine> {
  yield* lines;
}

async function populatedLines(): Promise<DumpLine[]> {
  const s = fresh();
  await populate(s);
  return linesOf(s);
}

describe("decodeLine (the zod-validated line format)", () => {
  const header = '{"type":"header","format":"jigsaw-dump","version":1,"createdAt":"2026-01-01T00:00:00.000Z","source":"embedded"}';

  it("round-trips every value type, binary as base64", () => {
    const line: DumpLine = {
      type: "record",
      collection: "docUpdates",
      record: { docId: "d", seq: 3, data: Uint8Array.of(0, 255, 128), userId: null, flag: true, ratio: 0.5 },
    };
    const text = encodeLine(line);
    expect(JSON.parse(text).record.data).toEqual({ $b64: "AP+A" });
    expect(decodeLine(text, 1)).toEqual(line);
    expect(decodeLine(header, 1)).toMatchObject({ type: "header", version: 1 });
  });

  const bad: Array<[string, string, RegExp]> = [
    ["not JSON", "{nope", /line 7: not valid JSON/],
    ["another format", header.replace("jigsaw-dump", "other-dump"), /line 7: format/],
    ["a newer version", header.replace('"version":1', '"version":2'), /version 2 is not supported/],
    ["an unknown line type", '{"type":"comment"}', /line 7/],
    ["an operator-looking collection", '{"type":"record","collection":"$where","record":{}}', /collection: must be a camelCase name/],
    ["an SQL-looking collection", '{"type":"record","collection":"users; DROP TABLE users","record":{}}', /collection/],
    ["a __proto__ field", '{"type":"record","collection":"users","record":{"__proto__":{"x":1}}}', /line 7: "__proto__" is not allowed/],
    ["a snake_case field", '{"type":"record","collection":"users","record":{"display_name":"x"}}', /line 7: record\.display_name: Invalid key/],
    ["a nested value", '{"type":"record","collection":"users","record":{"email":{"$ne":null}}}', /line 7: record\.email/],
    ["bad base64", '{"type":"record","collection":"docUpdates","record":{"data":{"$b64":"not base64!"}}}', /must be base64/],
    ["an extra key", '{"type":"record","collection":"users","record":{},"extra":1}', /line 7/],
    ["a negative count", '{"type":"end","counts":{"users":-1},"total":0}', /line 7: counts\.users/],
  ];
  for (const [what, text, message] of bad) {
    it(`rejects ${what} with a TransferError naming the line`, () => {
      expect(() => decodeLine(text, 7)).toThrow(TransferError);
      expect(() => decodeLine(text, 7)).toThrow(message);
    });
  }

  it("a __proto__ field does not pollute Object.prototype", () => {
    expect(() => decodeLine('{"type":"record","collection":"users","record":{"__proto__":{"polluted":1}}}', 1)).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("dump framing", () => {
  it("validateDump counts the records of a complete dump", async () => {
    const lines = await populatedLines();
    const end = lines.at(-1)!;
    expect(end.type).toBe("end");
    expect(await validateDump(iter(lines))).toEqual(end.type === "end" ? end.counts : {});
  });

  const broken: Array<[string, (l: DumpLine[]) => DumpLine[], RegExp]> = [
    ["an empty file", () => [], /empty/],
    ["a missing header", (l) => l.slice(1), /does not start with a jigsaw-dump header/],
    ["a truncated file", (l) => l.slice(0, -5), /truncated/],
    ["a second header", (l) => [l[0]!, ...l], /second header/],
    ["data after the end", (l) => [...l, l[1]!], /after its end line/],
    ["counts that do not match", (l) => [...l.slice(0, -1), { type: "end", counts: { users: 99 }, total: 99 }], /promises users 99/],
  ];
  for (const [what, mangle, message] of broken) {
    it(`refuses ${what}; the embedded import writes nothing`, async () => {
      const lines = mangle(await populatedLines());
      await expect(validateDump(iter(lines))).rejects.toThrow(message);
      const target = fresh();
      await expect(importAll(target, iter(lines))).rejects.toThrow(message);
      expect(await target.transfer!.isEmpty()).toBe(true);
    });
  }

  it("refuses records the target has no place for, and rolls back", async () => {
    const lines = await populatedLines();
    const withUnknownField = lines.map((l) =>
      l.type === "record" && l.collection === "plans" ? { ...l, record: { ...l.record, colour: "red" } } : l,
    );
    let target = fresh();
    await expect(importAll(target, iter(withUnknownField))).rejects.toThrow(/plans: unknown field "colour"/);
    expect(await target.transfer!.isEmpty()).toBe(true);

    const withUnknownCollection: DumpLine[] = [
      ...lines.slice(0, -1),
      { type: "record", collection: "widgets", record: { id: "w" } },
      { type: "end", counts: { ...(lines.at(-1) as { counts: Record<string, number> }).counts, widgets: 1 }, total: 0 },
    ];
    target = fresh();
    await expect(importAll(target, iter(withUnknownCollection))).rejects.toThrow(/no table for "widgets"/);
    expect(await target.users.findById(FIXTURE.users[0])).toBeNull();
  });

  it("refuses a dump whose records point at missing parents (foreign keys checked at commit)", async () => {
    const lines = (await populatedLines()).filter((l) => !(l.type === "record" && l.collection === "users"));
    const end = lines.at(-1) as { counts: Record<string, number> };
    delete end.counts.users;
    const target = fresh();
    await expect(importAll(target, iter(lines))).rejects.toThrow(/refers to one that is missing/);
    expect(await target.transfer!.isEmpty()).toBe(true);
  });

  it("refuses duplicate keys in a dump", async () => {
    const lines = await populatedLines();
    const dup = lines.find((l) => l.type === "record" && l.collection === "users")!;
    const end = lines.at(-1) as { counts: Record<string, number> };
    const mangled: DumpLine[] = [...lines.slice(0, -1), dup, { type: "end", counts: { ...end.counts, users: end.counts.users! + 1 }, total: 0 }];
    const target = fresh();
    await expect(importAll(target, iter(mangled))).rejects.toThrow(/users record 5: UNIQUE constraint failed/);
    expect(await target.transfer!.isEmpty()).toBe(true);
  });

  it("reports progress", async () => {
    const lines = await populatedLines();
    const seen: number[] = [];
    await importAll(fresh(), iter(lines), { progressEvery: 5, onProgress: (_c, total) => seen.push(total) });
    const total = (lines.at(-1) as { total: number }).total;
    expect(seen.at(-1)).toBe(total);
    expect(seen.slice(0, 3)).toEqual([5, 10, 15]);
  });
});
