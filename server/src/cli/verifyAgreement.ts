import crypto from "node:crypto";
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { PlanExportSchema } from "@jigsaw/shared/export/exportSchema";
import { exportHashInput } from "@jigsaw/shared/export/exportSnapshot";

/**
 * `npm run verify-agreement -- plan.json` (compiled: `node server/dist/verifyAgreement.js plan.json`)
 *
 * Recomputes the content hash of a JSON export — SHA-256 of the canonical
 * JSON of the plan snapshot rebuilt from the file (`exportHashInput`) — and
 * compares it with the hash the export records (`version.contentHash`, the
 * hash of the agreed version, also printed on every page of the PDF and in
 * the DOCX footer). Prints the recomputed hash on stdout; exit code 0 when it
 * matches, 1 when it does not (the content was changed after export), 2 when
 * the file cannot be read as a Jigsaw JSON export.
 */

/** The outcome of checking one export. */
export type VerifyResult =
  | { ok: true; hash: string; recorded: string }
  | { ok: false; reason: "mismatch"; hash: string; recorded: string }
  | { ok: false; reason: "unreadable"; message: string };

/** Check the JSON text of an export against its recorded hash. */
export function verifyExportText(text: string): VerifyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "unreadable", message: "not JSON" };
  }
  const parsed = PlanExportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "unreadable", message: `not a Jigsaw JSON export: ${z.prettifyError(parsed.error).split("\n")[0] ?? ""}` };
  // hash the file's own values (zod may add defaults), as written
  const raw = json as Parameters<typeof exportHashInput>[0];
  const hash = crypto.createHash("sha256").update(exportHashInput(raw), "utf8").digest("hex");
  const recorded = parsed.data.version.contentHash;
  return hash === recorded ? { ok: true, hash, recorded } : { ok: false, reason: "mismatch", hash, recorded };
}

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write("Usage: npm run verify-agreement -- <export.json>\n");
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    process.stderr.write(`Cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  const r = verifyExportText(text);
  if (r.ok) {
    process.stdout.write(`${r.hash}\n`);
    process.stderr.write("OK: the content matches the recorded hash\n");
    return 0;
  }
  if (r.reason === "mismatch") {
    process.stdout.write(`${r.hash}\n`);
    process.stderr.write(`MISMATCH: the export records ${r.recorded}; its content has been changed\n`);
    return 1;
  }
  process.stderr.write(`${file}: ${r.message}\n`);
  return 2;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main(process.argv.slice(2));
