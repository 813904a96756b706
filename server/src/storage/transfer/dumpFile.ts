import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { once } from "node:events";
import { durableRename } from "../durableRename.ts";
import { decodeLine, encodeLine, type DumpLine } from "./dumpFormat.ts";

/**
 * Write dump lines to `file` as JSON Lines: into a temporary file next to
 * it, fsynced, then renamed, so a crash never leaves a half-written dump
 * under the final name. Returns the number of lines.
 */
export async function writeDumpFile(file: string, lines: AsyncIterable<DumpLine>): Promise<number> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const out = fs.createWriteStream(tmp, { flags: "wx" });
  let n = 0;
  try {
    for await (const line of lines) {
      if (!out.write(encodeLine(line) + "\n")) await once(out, "drain");
      n++;
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    durableRename(tmp, file);
    return n;
  } catch (err) {
    out.destroy();
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** Read and validate a dump file line by line (blank lines are ignored). */
export async function* readDumpFile(file: string): AsyncIterable<DumpLine> {
  const input = fs.createReadStream(file, { encoding: "utf8" });
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const text of rl) {
      lineNo++;
      if (text.trim() === "") continue;
      yield decodeLine(text, lineNo);
    }
  } finally {
    rl.close();
    input.destroy();
  }
}
