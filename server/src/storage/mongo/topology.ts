/**
 * The replica-set check run at start-up. Jigsaw's MongoDB adapter needs
 * multi-document transactions and majority write concern, which a standalone
 * `mongod` cannot give; it refuses to start on one rather than run without
 * atomicity or durability. Pure: tested with fake `hello` replies.
 */

/** The fields of a `hello` reply that matter here. */
export interface HelloReply {
  isWritablePrimary?: boolean;
  /** Pre-5.0 servers answer `ismaster` too. */
  ismaster?: boolean;
  setName?: string;
  /** "isdbgrid" when talking to a mongos router (sharded cluster). */
  msg?: string;
  maxWireVersion?: number;
  logicalSessionTimeoutMinutes?: number | null;
}

/** What the adapter is connected to, when acceptable. */
export type MongoTopology = { kind: "replicaSet"; setName: string } | { kind: "sharded" };

/** The server's topology cannot give transactions or majority durability. */
export class MongoTopologyError extends Error {
  override readonly name = "MongoTopologyError";
}

/** Wire version of MongoDB 4.0 (replica-set transactions). */
const MIN_WIRE_REPLICA_SET = 7;
/** Wire version of MongoDB 4.2 (sharded transactions). */
const MIN_WIRE_SHARDED = 8;

const HOW_TO =
  "Run MongoDB as a replica set (a single-node set is fine for small installations): start mongod with " +
  "`--replSet rs0`, run `rs.initiate()` once in mongosh, and set MONGODB_URI to e.g. " +
  "mongodb://host:27017/jigsaw?replicaSet=rs0. See server/src/storage/mongo/README.md.";

/**
 * Accept a writable replica-set primary or a mongos; throw `MongoTopologyError`
 * with an operator-facing explanation otherwise.
 */
export function checkTopology(hello: HelloReply): MongoTopology {
  const wire = hello.maxWireVersion ?? 0;
  const sessions = typeof hello.logicalSessionTimeoutMinutes === "number";
  if (hello.msg === "isdbgrid") {
    if (wire < MIN_WIRE_SHARDED || !sessions) {
      throw new MongoTopologyError("The sharded MongoDB cluster at MONGODB_URI is too old for transactions: use MongoDB 4.2 or newer.");
    }
    return { kind: "sharded" };
  }
  if (typeof hello.setName !== "string" || hello.setName === "") {
    throw new MongoTopologyError(
      "The MongoDB server at MONGODB_URI is a standalone server, not a replica set. Jigsaw refuses to start on it: " +
        "it needs multi-document transactions and majority-acknowledged, journaled writes, which only a replica set provides. " +
        HOW_TO,
    );
  }
  const writable = hello.isWritablePrimary ?? hello.ismaster ?? false;
  if (!writable) {
    throw new MongoTopologyError(
      `Connected to a member of replica set "${hello.setName}" that is not the primary. Point MONGODB_URI at the whole set ` +
        `(list the members and add replicaSet=${hello.setName}, or use a mongodb+srv:// URI) and do not use directConnection.`,
    );
  }
  if (wire < MIN_WIRE_REPLICA_SET || !sessions) {
    throw new MongoTopologyError("The MongoDB replica set at MONGODB_URI is too old for transactions: use MongoDB 4.0 or newer.");
  }
  return { kind: "replicaSet", setName: hello.setName };
}
