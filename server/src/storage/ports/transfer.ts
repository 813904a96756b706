/** A field value in a dump record: JSON scalars plus binary (Yjs data). */
export type DumpValue = string | number | boolean | null | Uint8Array;

/**
 * One stored record in store-neutral form: `collection` is the camelCase
 * aggregate name (`users`, `memberships`, `docUpdates`, ...) and `record` its
 * camelCase fields (for the core aggregates exactly the `*Record` shapes of `server/src/domain`).
 */
export interface DumpRecord {
  collection: string;
  record: Record<string, DumpValue>;
}

/** Records written per collection by a restore. */
export type RestoreCounts = Record<string, number>;

/** Per-adapter "read everything / write everything" used to move an installation between stores. */
export interface StorageTransfer {
  /** Every stored record, collection by collection, parents before children, in a stable order. */
  dump(): AsyncIterable<DumpRecord>;
  /** True when the store holds no records at all. */
  isEmpty(): Promise<boolean>;
  /**
   * Insert `records` into this store, which must be empty (rejects with
   * `TransferError` otherwise, and on any unknown collection or field).
   */
  restore(records: AsyncIterable<DumpRecord>): Promise<RestoreCounts>;
}
