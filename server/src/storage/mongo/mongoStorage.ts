import mongoose, { type Connection } from "mongoose";
import { log } from "../../logging/logger.ts";
import { settleWithin } from "../../utils/settleWithin.ts";
import { StorageUnavailableError } from "../storageUnavailableError.ts";
import type { Storage } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import { configureMongoose, durabilityProblems, mongoConnectOptions } from "./mongooseSetup.ts";
import { checkTopology, MongoTopologyError, type HelloReply } from "./topology.ts";
import { ensureCollectionsAndIndexes, registerModels } from "./models/registerModels.ts";
import { createUserRepository } from "./userRepository.ts";
import { createSessionRepository } from "./sessionRepository.ts";
import { createAuthTokenRepository } from "./authTokenRepository.ts";
import { createPartnershipRepository } from "./partnershipRepository.ts";
import { createMembershipRepository } from "./membershipRepository.ts";
import { createInviteRepository } from "./inviteRepository.ts";
import { createPlanRepository } from "./planRepository.ts";
import { createDocStore } from "./docStore.ts";
import { createAgreementRepository } from "./agreementRepository.ts";
import { createVersionRepository } from "./versionRepository.ts";
import { createAuditRepository } from "./auditRepository.ts";
import { createOutcomeExtensionRepository } from "./outcomeExtensionRepository.ts";
import { createMongoTransfer } from "./transfer.ts";
import { createCommentRepository } from "./commentRepository.ts";
import { createNotificationRepository } from "./notificationRepository.ts";
import { createPreferenceRepository } from "./preferenceRepository.ts";
import { createVisitRepository } from "./visitRepository.ts";
import { createSearchIndex } from "./searchIndex.ts";
import { guard } from "./unavailable.ts";

const storageLog = log("storage");

configureMongoose();

/** How long `healthy()` waits for a ping. */
const HEALTH_TIMEOUT_MS = 2_000;

/**
 * Assemble the adapter over a connection and its models. No I/O: used by
 * `createMongoStorage` once the connection is checked, and by unit tests on an
 * unconnected connection.
 */
export function buildMongoStorage(ctx: MongoContext): Storage {
  const { conn } = ctx;
  return {
    kind: "mongo",
    users: createUserRepository(ctx),
    sessions: createSessionRepository(ctx),
    authTokens: createAuthTokenRepository(ctx),
    partnerships: createPartnershipRepository(ctx),
    memberships: createMembershipRepository(ctx),
    invites: createInviteRepository(ctx),
    plans: createPlanRepository(ctx),
    docs: createDocStore(ctx),
    agreements: createAgreementRepository(ctx),
    versions: createVersionRepository(ctx),
    audit: createAuditRepository(ctx),
    outcomeExtensions: createOutcomeExtensionRepository(ctx),
    comments: createCommentRepository(ctx),
    notifications: createNotificationRepository(ctx),
    preferences: createPreferenceRepository(ctx),
    visits: createVisitRepository(ctx),
    search: createSearchIndex(ctx),
    transfer: createMongoTransfer(ctx),
    async healthy() {
      const db = conn.db;
      if (!db) return false;
      try {
        const pinged = db.admin().command({ ping: 1 }).then(() => true);
        return await settleWithin(pinged, HEALTH_TIMEOUT_MS, false);
      } catch {
        return false;
      }
    },
    async close() {
      await conn.close();
    },
  };
}

/**
 * Connect to MongoDB and check it before serving:
 *
 * 1. connect with the durable options (`mongoConnectOptions`: w:majority +
 *    journal, read concern majority, retryable reads/writes, bounded server
 *    selection) and re-check the effective options (a URI cannot weaken them);
 * 2. ask `hello` and refuse a standalone server or a non-primary member
 *    (`MongoTopologyError`, message tells the operator how to run a replica set);
 * 3. create the collections and indexes explicitly (autoIndex is off).
 *
 * An unreachable server rejects with `StorageUnavailableError("connect")`.
 */
export async function createMongoStorage(uri: string): Promise<Storage> {
  configureMongoose();
  const conn: Connection = mongoose.createConnection(uri, mongoConnectOptions());
  // Connection-state changes are logged (never the URI: it may hold credentials).
  conn.on("error", (err: Error) => storageLog.warn({ reason: err.message }, "MongoDB connection error"));
  conn.on("disconnected", () => storageLog.warn("MongoDB disconnected"));
  conn.on("reconnected", () => storageLog.info("MongoDB reconnected"));
  try {
    await guard("connect", () => conn.asPromise());
    const problems = durabilityProblems(conn.getClient().options);
    if (problems.length > 0) {
      throw new MongoTopologyError(`Unsafe MongoDB client settings: ${problems.join("; ")}`);
    }
    const db = conn.db;
    if (!db) throw new StorageUnavailableError("connect");
    const hello = (await guard("connect", () => db.admin().command({ hello: 1 }))) as HelloReply;
    const topology = checkTopology(hello);
    const models = registerModels(conn);
    await guard("createIndexes", () => ensureCollectionsAndIndexes(models));
    storageLog.info({ topology: topology.kind, database: db.databaseName }, "MongoDB store ready");
    return buildMongoStorage({ conn, models });
  } catch (err) {
    await conn.close().catch(() => undefined);
    if (err instanceof MongoTopologyError) {
      storageLog.fatal({ reason: err.message }, "refusing to start on this MongoDB deployment");
    }
    throw err;
  }
}
