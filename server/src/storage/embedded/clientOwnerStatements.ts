import type { Db } from "./database.ts";
import type { DocClientOwner } from "../../domain/planDocument.ts";

/**
 * `doc_client_owners`, shared by the document store (compaction records the
 * owners of the client ids it prunes, load reads them) and the visit
 * repository: one set of statements, one mapping.
 */
export function clientOwnerStatements(db: Db): {
  /** Record owners, keeping any already recorded (the first writer wins). Runs in the caller's transaction. */
  record(docId: string, owners: readonly DocClientOwner[]): void;
  /** The document's recorded owners, by client id. */
  list(docId: string): DocClientOwner[];
} {
  const own = db.prepare("INSERT OR IGNORE INTO doc_client_owners (doc_id, client_id, user_id) VALUES (?, ?, ?)");
  const select = db.prepare<[string], { client_id: number; user_id: string }>(
    "SELECT client_id, user_id FROM doc_client_owners WHERE doc_id = ? ORDER BY client_id",
  );
  return {
    record(docId, owners) {
      for (const o of owners) own.run(docId, o.clientId, o.userId);
    },
    list(docId) {
      return select.all(docId).map((r) => ({ clientId: r.client_id, userId: r.user_id }));
    },
  };
}
