import type { AgreementRound } from "@jigsaw/shared/agreement/schema";

/** A stored agreement round (`AgreementRound` from `@jigsaw/shared/agreement/schema`, kept whole as JSON). */
export type AgreementRecord = AgreementRound;
