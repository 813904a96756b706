/**
 * Moving an installation failed for a reason the operator can fix: the target
 * store is not empty, the dump is malformed, truncated or from an unsupported
 * version, or it holds data the target store has no place for.
 */
export class TransferError extends Error {
  override readonly name = "TransferError";
}
