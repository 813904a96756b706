import type { DumpRecord, RestoreCounts, Storage } from "../types.ts";
import type { DumpLine } from "./dumpFormat.ts";
import { transferOf, type TransferProgress } from "./exportAll.ts";
import { TransferError } from "./transferError.ts";

function sameCounts(a: RestoreCounts, b: RestoreCounts): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

function describe(c: RestoreCounts): string {
  return Object.entries(c).map(([k, n]) => `${k} ${n}`).join(", ") || "nothing";
}

/**
 * Check the shape of a whole dump without writing anything: header first,
 * records, one end line whose counts match, nothing after it. Returns the
 * counts. Run it before `importAll` so a bad file never half-imports into a
 * store whose restore is not one transaction (MongoDB).
 */
export async function validateDump(lines: AsyncIterable<DumpLine>): Promise<RestoreCounts> {
  const counts: RestoreCounts = {};
  for await (const _ of records(lines, counts)) {
    // consume
  }
  return counts;
}

/** The records of a dump, enforcing its framing; fills `seen` with counts as it goes. */
async function* records(lines: AsyncIterable<DumpLine>, seen: RestoreCounts): AsyncIterable<DumpRecord> {
  let state: "start" | "body" | "ended" = "start";
  for await (const line of lines) {
    if (state === "start") {
      if (line.type !== "header") throw new TransferError("The dump does not start with a jigsaw-dump header line");
      state = "body";
      continue;
    }
    if (state === "ended") throw new TransferError("The dump has data after its end line");
    if (line.type === "header") throw new TransferError("The dump has a second header line");
    if (line.type === "end") {
      if (!sameCounts(line.counts, seen)) {
        throw new TransferError(`The dump's end line promises ${describe(line.counts)} but it holds ${describe(seen)}`);
      }
      state = "ended";
      continue;
    }
    seen[line.collection] = (seen[line.collection] ?? 0) + 1;
    yield { collection: line.collection, record: line.record };
  }
  if (state === "start") throw new TransferError("The dump is empty");
  if (state === "body") throw new TransferError("The dump is truncated: it has no end line");
}

/**
 * Import a dump into `storage`, which must be empty (checked first, with a
 * clear error). The framing is enforced while streaming; a truncated or
 * inconsistent dump makes the adapter's restore fail (the embedded store rolls
 * back; validate first with `validateDump` for MongoDB). Returns the counts
 * written.
 */
export async function importAll(
  storage: Storage,
  lines: AsyncIterable<DumpLine>,
  options: { onProgress?: TransferProgress; progressEvery?: number } = {},
): Promise<RestoreCounts> {
  const transfer = transferOf(storage);
  if (!(await transfer.isEmpty())) {
    throw new TransferError(`The target ${storage.kind} store is not empty: import only into a new, empty store`);
  }
  const every = options.progressEvery ?? 1000;
  const seen: RestoreCounts = {};
  let total = 0;
  async function* withProgress(): AsyncIterable<DumpRecord> {
    for await (const r of records(lines, seen)) {
      yield r;
      total++;
      if (total % every === 0) options.onProgress?.(seen, total);
    }
  }
  const written = await transfer.restore(withProgress());
  options.onProgress?.(seen, total);
  if (!sameCounts(written, seen)) {
    throw new TransferError(`Imported ${describe(written)} but the dump holds ${describe(seen)}`);
  }
  return written;
}
