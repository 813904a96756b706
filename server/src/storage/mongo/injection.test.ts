import { afterAll, describe, expect, it } from "vitest";
import mongoose from "mongoose";
import { buildMongoStorage } from "./mongoStorage.ts";
import { registerModels } from "./models/registerModels.ts";
import { seqNo, str, strOrNull } from "./ids.ts";

/*
 * NoSQL injection (security.md §2.7, T11) without a server: the models live on
 * a connection that never connects (bufferCommands off), so a query that
 * passes every check fails with "before initial connection", while a hostile
 * one fails earlier with the check that stopped it.
 */

const conn = mongoose.createConnection();
const models = registerModels(conn);
const storage = buildMongoStorage({ conn, models });
afterAll(() => conn.close());

/** Past every check: fails only for want of a server (a query, or a transaction that cannot start a session). */
const NOT_CONNECTED = /before initial connection|reading .startSession./;
const hostile = [{ $gt: "" }, { $ne: null }, { $where: "sleep(1000)" }, ["a", "b"], 42, null, undefined] as unknown as string[];

describe("repository arguments must be typed scalars", () => {
  const calls: Array<[string, (v: string) => Promise<unknown>]> = [
    ["users.findById", (v) => storage.users.findById(v)],
    ["users.findByEmail", (v) => storage.users.findByEmail(v)],
    ["users.updateDisplayName", (v) => storage.users.updateDisplayName(v, "x")],
    ["sessions.findById", (v) => storage.sessions.findById(v)],
    ["sessions.touch", (v) => storage.sessions.touch(v, "2026-01-01T00:00:00.000Z")],
    ["sessions.delete", (v) => storage.sessions.delete(v)],
    ["sessions.deleteAllForUser", (v) => storage.sessions.deleteAllForUser(v)],
    ["sessions.deleteExpired", (v) => storage.sessions.deleteExpired(v, v)],
    ["partnerships.findById", (v) => storage.partnerships.findById(v)],
    ["partnerships.update", (v) => storage.partnerships.update(v, { name: "x" })],
    ["partnerships.update (patch value)", (v) => storage.partnerships.update("p1", { name: v })],
    ["partnerships.listForUser", (v) => storage.partnerships.listForUser(v)],
    ["memberships.find", (v) => storage.memberships.find("p1", v)],
    ["memberships.listMembers", (v) => storage.memberships.listMembers(v)],
    ["memberships.update", (v) => storage.memberships.update(v, "u1", { role: "viewer" }, "2026-01-01T00:00:00.000Z")],
    ["memberships.update (role)", (v) => storage.memberships.update("p1", "u1", { role: v as never }, "2026-01-01T00:00:00.000Z")],
    ["memberships.remove", (v) => storage.memberships.remove("p1", v)],
    ["invites.findById", (v) => storage.invites.findById(v)],
    ["invites.findByTokenHash", (v) => storage.invites.findByTokenHash(v)],
    ["invites.listForPartnership", (v) => storage.invites.listForPartnership(v)],
    ["invites.revoke", (v) => storage.invites.revoke(v, "2026-01-01T00:00:00.000Z")],
    ["plans.findById", (v) => storage.plans.findById(v)],
    ["plans.listForPartnership", (v) => storage.plans.listForPartnership(v)],
    ["plans.update", (v) => storage.plans.update(v, { title: "x" })],
    ["plans.touchActivity", (v) => storage.plans.touchActivity("pl1", v)],
    ["docs.load", (v) => storage.docs.load(v)],
    ["docs.append", (v) => storage.docs.append(v, [{ data: Uint8Array.of(1), userId: null }], "2026-01-01T00:00:00.000Z")],
    ["docs.compact", (v) => storage.docs.compact(v, Uint8Array.of(1), 1, [])],
    ["docs.compact (owner)", (v) => storage.docs.compact("d", Uint8Array.of(1), 1, [{ clientId: 7, userId: v }])],
    ["docs.logLength", (v) => storage.docs.logLength(v)],
  ];
  for (const [name, call] of calls) {
    it(`${name} rejects operator objects and other non-strings before building a filter`, async () => {
      // An undefined patch value means "leave unchanged", so it is not hostile there.
      for (const v of name.includes("(patch value)") ? hostile.filter((x) => x !== undefined) : hostile) {
        await expect(call(v)).rejects.toBeInstanceOf(TypeError);
      }
      // A plain string gets past the checks (and fails only for want of a server).
      if (!name.includes("(role)")) await expect(call("plain-id")).rejects.toThrow(NOT_CONNECTED);
    });
  }

  it("docs.compact rejects a non-integer seq or client id; docs.append a non-binary update", async () => {
    await expect(storage.docs.compact("d", Uint8Array.of(1), { $gt: 0 } as unknown as number, [])).rejects.toBeInstanceOf(TypeError);
    await expect(storage.docs.compact("d", Uint8Array.of(1), -1, [])).rejects.toBeInstanceOf(TypeError);
    for (const clientId of [{ $gt: 0 }, -1, 1.5, "7"]) {
      await expect(storage.docs.compact("d", Uint8Array.of(1), 1, [{ clientId: clientId as unknown as number, userId: "u1" }])).rejects.toBeInstanceOf(TypeError);
    }
    await expect(storage.docs.append("d", [{ data: "AAA" as unknown as Uint8Array, userId: null }], "t")).rejects.toBeInstanceOf(TypeError);
    await expect(storage.docs.append("d", [{ data: Uint8Array.of(1), userId: { $ne: 1 } as unknown as string }], "t")).rejects.toBeInstanceOf(
      TypeError,
    );
  });

  it("create methods check every field of the record", async () => {
    const user = { id: "u1", email: { $ne: null }, displayName: "x", passwordHash: "h", createdAt: "t" } as unknown as Parameters<
      typeof storage.users.create
    >[0];
    await expect(storage.users.create(user)).rejects.toBeInstanceOf(TypeError);
  });

  it("the guards", () => {
    expect(str("a", "id")).toBe("a");
    expect(() => str({ $gt: "" }, "id")).toThrow("id must be a string");
    expect(strOrNull(null, "x")).toBeNull();
    expect(() => strOrNull({}, "x")).toThrow(TypeError);
    expect(seqNo(3, "seq")).toBe(3);
    for (const bad of [-1, 1.5, Number.NaN, "3", { $gt: 1 }]) expect(() => seqNo(bad, "seq")).toThrow(TypeError);
  });
});

describe("second line of defence: sanitizeFilter, strictQuery and schema casting", () => {
  it("an operator object smuggled into a value is wrapped in $eq and fails to cast to a string", async () => {
    expect(mongoose.sanitizeFilter({ email: { $ne: null } })).toEqual({ email: { $eq: { $ne: null } } });
    await expect(models.users.findOne({ email: { $ne: null } } as never).exec()).rejects.toThrow(/Cast to string failed/);
    await expect(models.users.findOne({ _id: { $gt: "" } } as never).exec()).rejects.toThrow(/Cast to string failed/);
    await expect(models.sessions.deleteMany({ userId: { $ne: "x" } } as never).exec()).rejects.toThrow(/Cast to string failed/);
    await expect(models.users.updateOne({ _id: { $ne: "x" } } as never, { $set: { displayName: "x" } }).exec()).rejects.toThrow(
      /Cast to string failed/,
    );
  });

  it("countDocuments is sanitized too (GHSA-pcrw-h46h-c93h)", async () => {
    await expect(models.users.countDocuments({ email: { $ne: null } } as never).exec()).rejects.toThrow(/Cast to string failed/);
  });

  it("$where is refused, also nested in $and / $or / $nor (CVE-2025-23061, CVE-2026-42334)", async () => {
    for (const filter of [{ $where: "sleep(1000)" }, { $and: [{ $where: "1" }] }, { $or: [{ $where: "1" }] }, { $nor: [{ $where: "1" }] }]) {
      await expect(models.users.find(filter as never).exec()).rejects.toThrow(/\$where is not allowed with sanitizeFilter/);
    }
    await expect(models.users.find({ $expr: { $eq: [1, 1] } } as never).exec()).rejects.toThrow(/not allowed with sanitizeFilter/);
  });

  it("unknown filter keys and unknown fields throw instead of passing through or being dropped", async () => {
    await expect(models.users.findOne({ notAField: "x" } as never).exec()).rejects.toThrow(/strictQuery is 'throw'/);
    await expect(models.users.updateOne({ _id: "x" }, { $set: { role: "admin" } } as never).exec()).rejects.toThrow(/strict mode is set to throw/);
    expect(() => new models.users({ _id: "x", email: "e", passwordHash: "p", createdAt: "t", isAdmin: true })).toThrow(/strict mode is set to throw/);
  });

  it("server-built operators pass only when marked trusted", async () => {
    await expect(models.docUpdates.find({ docId: "d", seq: mongoose.trusted({ $gt: 3 }) }).exec()).rejects.toThrow(NOT_CONNECTED);
    await expect(models.docUpdates.find({ docId: "d", seq: { $gt: 3 } }).exec()).rejects.toThrow(/Cast to Number failed/);
  });

  it("prototype-polluting documents and update paths leave Object.prototype alone", async () => {
    const doc = JSON.parse('{"_id":"x","email":"e","passwordHash":"p","createdAt":"t","__proto__":{"polluted":1}}');
    try {
      new models.users(doc);
    } catch {
      // rejecting is fine too
    }
    for (const update of ['{"$set":{"__proto__.polluted":1}}', '{"$set":{"__proto__":{"polluted":1}}}', '{"__proto__.$fullPath":"x"}']) {
      await models.users.updateOne({ _id: "x" }, JSON.parse(update)).exec().catch(() => undefined);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).$fullPath).toBeUndefined();
});
});
