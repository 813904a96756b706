import type { ExportCommentsProvider } from "../export/commentsProvider.ts";
import type { ExportJobs } from "../export/exportJobs.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { ServerContext } from "./context.ts";
import type { OidcDiscovery } from "./oidc.ts";
import type { PlanDocGateway } from "./planDocGateway.ts";
import type { PlanSearchIndex } from "./planSearchIndex.ts";

/**
 * Everything routes, commands, queries and subscribers may use, built once
 * by `buildServices` (the composition root) and passed explicitly. Every
 * field is always present: a part that needs a service takes `Services` and
 * the compiler proves it is there.
 */
export interface Services extends ServerContext {
  /** The one way to read or change a plan's Yjs document (through the sync endpoint when this process runs it). */
  readonly planDocs: PlanDocGateway;
  /** Plan text in the search index: re-index a plan, make sure plans are indexed before a search. */
  readonly planSearch: PlanSearchIndex;
  /** Sends email (SMTP when SMTP_URL is set, else `.eml` files under DATA_DIR/mail). */
  readonly mailer: Mailer;
  /** The export job runner (queued renders in a worker process). */
  readonly exports: ExportJobs;
  /** Open comment threads for an export's appendix (tests may swap it). */
  exportComments: ExportCommentsProvider;
  /** OpenID Connect discovery, fetched once per provider. */
  readonly oidc: OidcDiscovery;
}
