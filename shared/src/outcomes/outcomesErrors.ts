/** One problem found in model data or in a partnership's extensions. */
export interface ModelIssue {
  /** Stable machine code, e.g. `dangling_link`, `duplicate_id`, `unknown_framework`, `empty_label`. */
  code: string;
  /** Where the problem is: an item id or a path such as `terms[2].label`. */
  path: string;
  message: string;
}

/** Thrown when the shipped model (or a merged model) fails validation or integrity checks. */
export class OutcomesModelError extends Error {
  readonly issues: readonly ModelIssue[];
  constructor(issues: readonly ModelIssue[]) {
    super(`Outcomes model is invalid: ${issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "OutcomesModelError";
    this.issues = issues;
  }
}

/** Thrown by `withExtensions` when the extensions do not validate against the model. */
export class OutcomeExtensionsError extends Error {
  readonly issues: readonly ModelIssue[];
  constructor(issues: readonly ModelIssue[]) {
    super(`Outcome extensions are invalid: ${issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join("; ")}`);
    this.name = "OutcomeExtensionsError";
    this.issues = issues;
  }
}
