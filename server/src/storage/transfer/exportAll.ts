import type { RestoreCounts, Storage, StorageTransfer } from "../types.ts";
import { DUMP_FORMAT, DUMP_VERSION, type DumpLine } from "./dumpFormat.ts";
import { TransferError } from "./transferError.ts";

/** Progress callback: running counts per collection. */
export type TransferProgress = (counts: Readonly<RestoreCounts>, total: number) => void;

/** The store's transfer capability, or a clear error for a store without one. */
export function transferOf(storage: Storage): StorageTransfer {
  if (!storage.transfer) throw new TransferError(`The ${storage.kind} store cannot export or import data`);
  return storage.transfer;
}

/**
 * Every line of a dump of `storage`: header, each record, end (with counts).
 * `onProgress` is called every `progressEvery` records and at the end.
 */
export async function* exportAll(
  storage: Storage,
  options: { now?: () => Date; onProgress?: TransferProgress; progressEvery?: number } = {},
): AsyncIterable<DumpLine> {
  const transfer = transferOf(storage);
  const every = options.progressEvery ?? 1000;
  yield {
    type: "header",
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    source: storage.kind,
  };
  const counts: RestoreCounts = {};
  let total = 0;
  for await (const r of transfer.dump()) {
    counts[r.collection] = (counts[r.collection] ?? 0) + 1;
    total++;
    yield { type: "record", collection: r.collection, record: r.record };
    if (total % every === 0) options.onProgress?.(counts, total);
  }
  options.onProgress?.(counts, total);
  yield { type: "end", counts: { ...counts }, total };
}
