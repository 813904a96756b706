import type { AgreementResult } from "@jigsaw/shared/agreement/stateMachine";
import { ConflictError, NotFoundError } from "../errors.ts";
import type { ServerContext } from "../services/context.ts";
import { RevisionConflictError } from "../domain/errors.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import { agreementError } from "./agreementErrors.ts";

/** How often a transition is retried when another write got in first. */
const MAX_ATTEMPTS = 8;

/**
 * Run a state-machine transition on the stored round and write the result
 * with compare-and-set on `revision`; when a concurrent write (another
 * organisation responding at the same moment) got in first, reload and run
 * the transition again on the fresh round. `before` may prepare side data for
 * the attempt (and is re-run per attempt).
 */
export async function updateAgreement(
  ctx: ServerContext,
  planId: string,
  agreementId: string,
  transition: (round: AgreementRecord) => AgreementResult | Promise<AgreementResult>,
): Promise<{ before: AgreementRecord; after: AgreementRecord }> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const round = await ctx.storage.agreements.findById(agreementId);
    if (!round || round.planId !== planId) throw NotFoundError("Agreement round not found");
    const result = await transition(round);
    if (!result.ok) throw agreementError(result);
    try {
      await ctx.storage.agreements.replace(result.round, round.revision);
      return { before: round, after: result.round };
    } catch (err) {
      if (err instanceof RevisionConflictError) continue;
      throw err;
    }
  }
  throw ConflictError("The agreement round is changing quickly; try again");
}
