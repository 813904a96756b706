/** A uniqueness constraint was violated (e.g. email already registered). */
export class DuplicateError extends Error {
  constructor(readonly field: string) {
    super(`Duplicate ${field}`);
  }
}

/** A domain invariant would be broken (checked by the rules in `server/src/domain`, inside the store's transaction). */
export class InvariantError extends Error {
  constructor(readonly invariant: "last_facilitator" | "invite_used" | "already_member" | "not_found") {
    super(invariant);
  }
}

/** A write expected an older revision than the stored one (someone else wrote first); nothing was written. */
export class RevisionConflictError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number | null = null,
  ) {
    super(`Expected revision ${expected}${actual === null ? "" : `, found ${actual}`}`);
  }
}
