import path from "node:path";
import type { Storage } from "../types.ts";
import { openDatabase, type Db, type OpenDatabaseOptions } from "./database.ts";
import { createUserRepository } from "./userRepository.ts";
import { createSessionRepository } from "./sessionRepository.ts";
import { createAuthTokenRepository } from "./authTokenRepository.ts";
import { createPartnershipRepository } from "./partnershipRepository.ts";
import { createMembershipRepository } from "./membershipRepository.ts";
import { createInviteRepository } from "./inviteRepository.ts";
import { createPlanRepository } from "./planRepository.ts";
import { createDocStore } from "./docStore.ts";
import { createOutcomeExtensionRepository } from "./outcomeExtensionRepository.ts";
import { createEmbeddedTransfer } from "./transfer.ts";
import { createCommentRepository } from "./commentRepository.ts";
import { createNotificationRepository } from "./notificationRepository.ts";
import { createPreferenceRepository } from "./preferenceRepository.ts";
import { createVisitRepository } from "./visitRepository.ts";
import { createSearchIndex } from "./searchIndex.ts";
import { createAgreementRepository } from "./agreementRepository.ts";
import { createVersionRepository } from "./versionRepository.ts";
import { createAuditRepository } from "./auditRepository.ts";
import { WalCheckpointer } from "./walCheckpointer.ts";

/** The embedded store plus its raw handle (for embedded-only features like FTS). */
export interface EmbeddedStorage extends Storage {
  readonly db: Db;
}

/** Open the embedded SQLite store in `dataDir` (or in memory for ":memory:"). */
export function createEmbeddedStorage(dataDir: string, options: OpenDatabaseOptions = {}): EmbeddedStorage {
  const file = dataDir === ":memory:" ? ":memory:" : path.join(dataDir, "jigsaw.sqlite");
  const db = openDatabase(file, options);
  const checkpointer = db.memory ? null : new WalCheckpointer(db);
  return {
    kind: "embedded",
    db,
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    authTokens: createAuthTokenRepository(db),
    partnerships: createPartnershipRepository(db),
    memberships: createMembershipRepository(db),
    invites: createInviteRepository(db),
    plans: createPlanRepository(db),
    docs: createDocStore(db),
    agreements: createAgreementRepository(db),
    versions: createVersionRepository(db),
    audit: createAuditRepository(db),
    outcomeExtensions: createOutcomeExtensionRepository(db),
    comments: createCommentRepository(db),
    notifications: createNotificationRepository(db),
    preferences: createPreferenceRepository(db),
    visits: createVisitRepository(db),
    search: createSearchIndex(db),
    transfer: createEmbeddedTransfer(db),
    async healthy() {
      try {
        db.prepare("SELECT 1").get();
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      checkpointer?.stop();
      if (db.open) {
        db.pragma("wal_checkpoint(TRUNCATE)");
        db.close();
      }
    },
  };
}
