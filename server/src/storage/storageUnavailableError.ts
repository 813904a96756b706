/**
 * The store cannot be reached or could not confirm a write (network loss,
 * no primary, write-concern timeout). The outcome of a write that failed this
 * way is unknown: callers must not acknowledge it and may retry. HTTP 503.
 */
export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: string,
    options?: { cause?: unknown },
  ) {
    super(`The data store is unavailable (${operation}); try again shortly`, options);
  }
}
