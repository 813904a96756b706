import { z } from "zod";
import type { DumpRecord, DumpValue, RestoreCounts } from "../types.ts";
import { TransferError } from "./transferError.ts";

/**
 * The Jigsaw dump format, version 1: JSON Lines (one JSON object per line).
 *
 * ```
 * {"type":"header","format":"jigsaw-dump","version":1,"createdAt":"…","source":"embedded"}
 * {"type":"record","collection":"users","record":{"id":"…","email":"…",…}}
 * …                                   (parents before children)
 * {"type":"end","counts":{"users":3,…},"total":42}
 * ```
 *
 * Store-neutral: collections and fields are camelCase aggregate names (the
 * `*Record` shapes of `server/src/domain`; `docSnapshots` {docId, snapshot,
 * snapshotSeq, nextSeq} and `docUpdates` {docId, seq, data, userId, createdAt}
 * for Yjs data). Values are JSON scalars; binary (Yjs updates and snapshots)
 * is `{"$b64":"<base64>"}`. The `end` line's counts detect a truncated file.
 */

export const DUMP_FORMAT = "jigsaw-dump";
export const DUMP_VERSION = 1;

/** First line. */
export interface DumpHeader {
  type: "header";
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  createdAt: string;
  /** The kind of store it was exported from (informational). */
  source: string;
}

/** A record line. */
export interface DumpRecordLine extends DumpRecord {
  type: "record";
}

/** Last line. */
export interface DumpEnd {
  type: "end";
  counts: RestoreCounts;
  total: number;
}

/** Any line of a dump. */
export type DumpLine = DumpHeader | DumpRecordLine | DumpEnd;

const NAME = /^[a-z][A-Za-z0-9]*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const ValueSchema = z.union([
  z.string(),
  z.number().refine(Number.isFinite, "must be a finite number"),
  z.boolean(),
  z.null(),
  z.strictObject({ $b64: z.string().regex(BASE64, "must be base64") }),
]);

const HeaderSchema = z.strictObject({
  type: z.literal("header"),
  format: z.literal(DUMP_FORMAT),
  version: z.number().int(),
  createdAt: z.string(),
  source: z.string(),
});

const RecordSchema = z.strictObject({
  type: z.literal("record"),
  collection: z.string().regex(NAME, "must be a camelCase name"),
  record: z.record(z.string().regex(NAME, "field names must be camelCase"), ValueSchema),
});

const EndSchema = z.strictObject({
  type: z.literal("end"),
  counts: z.record(z.string().regex(NAME), z.number().int().min(0)),
  total: z.number().int().min(0),
});

const LineSchema = z.discriminatedUnion("type", [HeaderSchema, RecordSchema, EndSchema]);

function encodeValue(v: DumpValue): unknown {
  return v instanceof Uint8Array ? { $b64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") } : v;
}

function decodeValue(v: z.infer<typeof ValueSchema>): DumpValue {
  if (v !== null && typeof v === "object") return new Uint8Array(Buffer.from(v.$b64, "base64"));
  return v;
}

/** One line of text (without the newline) for `line`. */
export function encodeLine(line: DumpLine): string {
  if (line.type !== "record") return JSON.stringify(line);
  const record: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(line.record)) record[k] = encodeValue(v);
  return JSON.stringify({ type: "record", collection: line.collection, record });
}

/**
 * Parse and validate one line. Throws `TransferError` naming the line number
 * and the offending field. An unsupported `version` is rejected here.
 */
export function decodeLine(text: string, lineNo: number): DumpLine {
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      // Never a field name; refused outright rather than silently dropped.
      if (key === "__proto__") throw new TransferError(`line ${lineNo}: "__proto__" is not allowed`);
      return value;
    });
  } catch (err) {
    if (err instanceof TransferError) throw err;
    throw new TransferError(`line ${lineNo}: not valid JSON`);
  }
  const parsed = LineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new TransferError(`line ${lineNo}: ${where}${issue.message}`);
  }
  const line = parsed.data;
  if (line.type === "header") {
    if (line.version !== DUMP_VERSION) {
      throw new TransferError(`line ${lineNo}: dump version ${line.version} is not supported (this Jigsaw reads version ${DUMP_VERSION})`);
    }
    return { ...line, version: DUMP_VERSION };
  }
  if (line.type === "end") return line;
  const record: Record<string, DumpValue> = {};
  for (const [k, v] of Object.entries(line.record)) record[k] = decodeValue(v);
  return { type: "record", collection: line.collection, record };
}
