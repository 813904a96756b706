import { describe, expect, it } from "vitest";
import { checkTopology, MongoTopologyError, type HelloReply } from "./topology.ts";

/** `hello` replies as MongoDB 7 sends them (trimmed to the fields that matter). */
const standalone: HelloReply = { isWritablePrimary: true, maxWireVersion: 21, logicalSessionTimeoutMinutes: 30 };
const primary: HelloReply = { isWritablePrimary: true, setName: "rs0", maxWireVersion: 21, logicalSessionTimeoutMinutes: 30 };
const secondary: HelloReply = { isWritablePrimary: false, setName: "rs0", maxWireVersion: 21, logicalSessionTimeoutMinutes: 30 };
const mongos: HelloReply = { isWritablePrimary: true, msg: "isdbgrid", maxWireVersion: 21, logicalSessionTimeoutMinutes: 30 };

function refusal(hello: HelloReply): MongoTopologyError {
  try {
    checkTopology(hello);
  } catch (err) {
    expect(err).toBeInstanceOf(MongoTopologyError);
    return err as MongoTopologyError;
  }
  throw new Error("expected checkTopology to refuse");
}

describe("checkTopology (start-up replica-set check)", () => {
  it("accepts the primary of a replica set", () => {
    expect(checkTopology(primary)).toEqual({ kind: "replicaSet", setName: "rs0" });
  });

  it("accepts a pre-5.0 primary that answers ismaster", () => {
    expect(checkTopology({ ismaster: true, setName: "rs0", maxWireVersion: 9, logicalSessionTimeoutMinutes: 30 })).toEqual({
      kind: "replicaSet",
      setName: "rs0",
    });
  });

  it("accepts a mongos (sharded cluster)", () => {
    expect(checkTopology(mongos)).toEqual({ kind: "sharded" });
  });

  it("refuses a standalone server and tells the operator how to run a replica set", () => {
    const err = refusal(standalone);
    expect(err.message).toMatch(/standalone/);
    expect(err.message).toMatch(/replica set/);
    expect(err.message).toMatch(/--replSet/);
    expect(err.message).toMatch(/rs\.initiate\(\)/);
    expect(err.message).toMatch(/MONGODB_URI/);
  });

  it("refuses a secondary reached directly", () => {
    expect(refusal(secondary).message).toMatch(/not the primary.*replicaSet=rs0/s);
  });

  it("refuses servers too old for transactions or without sessions", () => {
    expect(refusal({ ...primary, maxWireVersion: 6 }).message).toMatch(/too old/);
    expect(refusal({ ...primary, logicalSessionTimeoutMinutes: null }).message).toMatch(/too old/);
    expect(refusal({ ...mongos, maxWireVersion: 7 }).message).toMatch(/too old/);
  });

  it("refuses an empty reply (nothing proves it is a replica set)", () => {
    expect(refusal({}).message).toMatch(/standalone/);
  });
});
