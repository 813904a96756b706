import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "../env.ts";
import { log } from "../logging/logger.ts";
import { createStorage } from "../storage/index.ts";
import type { RestoreCounts, Storage } from "../storage/types.ts";
import { exportAll } from "../storage/transfer/exportAll.ts";
import { importAll, validateDump } from "../storage/transfer/importAll.ts";
import { readDumpFile, writeDumpFile } from "../storage/transfer/dumpFile.ts";
import { TransferError } from "../storage/transfer/transferError.ts";
import { BackupError, backupEmbeddedStore, listBackups, restoreEmbeddedStore } from "../storage/embedded/onlineBackup.ts";

/**
 * `npm run data -- export --out dump.jsonl` / `npm run data -- import --in dump.jsonl`
 * `npm run data -- backup` / `npm run data -- restore --in <backup>` (embedded store)
 * (from a compiled install: `node server/dist/data.js <command>`)
 *
 * Moves a whole installation between stores (embedded SQLite in DATA_DIR, or
 * MongoDB when MONGODB_URI is set) through the store-neutral dump format of
 * `storage/transfer`. Stop the server first. Import only into an empty store.
 * Progress goes to stderr, the result line to stdout; exit code 1 on failure.
 */

const USAGE = `Usage:
  npm run data -- export --out <file>   write every record of the configured store to <file>
  npm run data -- import --in <file>    load <file> into the configured store, which must be empty
  npm run data -- backup [--out <dir>]  embedded store: consistent online backup (the server may run)
                                        into BACKUP_DIR (default DATA_DIR/backups), keeping BACKUP_KEEP
  npm run data -- backups               list the backups in BACKUP_DIR, oldest first
  npm run data -- restore --in <file>   embedded store: make the backup <file> the store (stop the
                                        server first; the replaced store is kept beside it)

The store is the one the server would use: MongoDB when MONGODB_URI is set,
otherwise the embedded store in DATA_DIR (default ./data). Stop the server first
(except for backup). From a compiled install: node server/dist/data.js <command>.`;

const cliLog = log("storage").child({ command: "data" });

/** A command-line mistake: print usage. */
class UsageError extends Error {}

function describeStore(config: Config): string {
  return config.mongodbUri ? "MongoDB (MONGODB_URI)" : `embedded store in ${config.dataDir}`;
}

function summary(counts: Readonly<RestoreCounts>): string {
  return Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(", ") || "no records";
}

function progress(verb: string) {
  return (counts: Readonly<RestoreCounts>, total: number) => {
    process.stderr.write(`  ${verb} ${total} records (${summary(counts)})\n`);
  };
}

async function withStorage<T>(config: Config, fn: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await createStorage(config);
  try {
    return await fn(storage);
  } finally {
    await storage.close();
  }
}

async function runExport(config: Config, out: string): Promise<void> {
  const file = path.resolve(out);
  if (fs.existsSync(file)) throw new UsageError(`${file} already exists; choose another name or remove it`);
  if (!config.mongodbUri && !fs.existsSync(path.join(config.dataDir, "jigsaw.sqlite"))) {
    throw new UsageError(`there is no embedded store in ${config.dataDir} (set DATA_DIR or MONGODB_URI)`);
  }
  process.stderr.write(`Exporting from the ${describeStore(config)} to ${file}\n`);
  let final: RestoreCounts = {};
  await withStorage(config, async (storage) => {
    await writeDumpFile(
      file,
      exportAll(storage, {
        onProgress: (counts, total) => {
          final = { ...counts };
          progress("exported")(counts, total);
        },
      }),
    );
  });
  cliLog.info({ counts: final, file }, "export finished");
  process.stdout.write(`Exported ${summary(final)} to ${file}\n`);
}

async function runImport(config: Config, input: string): Promise<void> {
  const file = path.resolve(input);
  if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist`);
  process.stderr.write(`Checking ${file}\n`);
  const expected = await validateDump(readDumpFile(file));
  process.stderr.write(`  the dump is complete: ${summary(expected)}\n`);
  process.stderr.write(`Importing into the ${describeStore(config)}\n`);
  const written = await withStorage(config, (storage) =>
    importAll(storage, readDumpFile(file), { onProgress: progress("imported") }),
  );
  cliLog.info({ counts: written, file }, "import finished");
  process.stdout.write(`Imported ${summary(written)} from ${file}\n`);
}

function embeddedOnly(config: Config, what: string): void {
  if (config.mongodbUri) throw new UsageError(`${what} is for the embedded store; back MongoDB up with its own tools (docs/operations.md)`);
}

async function runBackup(config: Config, out: string | undefined): Promise<void> {
  embeddedOnly(config, "backup");
  const dir = out ? path.resolve(out) : config.backupDir;
  const r = await backupEmbeddedStore(path.join(config.dataDir, "jigsaw.sqlite"), dir, config.backupKeep);
  cliLog.info({ file: r.file, bytes: r.bytes, ms: r.ms, removed: r.removed }, "backup made");
  process.stdout.write(`Backed up the embedded store to ${r.file} (${r.bytes} bytes, ${r.ms} ms)\n`);
  for (const old of r.removed) process.stdout.write(`  removed the old backup ${old}\n`);
}

function runRestore(config: Config, input: string): void {
  embeddedOnly(config, "restore");
  const file = path.resolve(input);
  const { replaced } = restoreEmbeddedStore(file, config.dataDir);
  cliLog.info({ file, dataDir: config.dataDir, replaced }, "restore finished");
  process.stdout.write(`Restored ${file} into ${config.dataDir}${replaced ? `; the store it replaced is ${replaced}` : ""}\n`);
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: "string" }, in: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`);
    const config = loadConfig(env);
    if (command === "export") {
      if (!values.out) throw new UsageError("export needs --out <file>");
      await runExport(config, values.out);
    } else if (command === "import") {
      if (!values.in) throw new UsageError("import needs --in <file>");
      await runImport(config, values.in);
    } else if (command === "backup") {
      await runBackup(config, values.out);
    } else if (command === "backups") {
      for (const f of listBackups(config.backupDir)) process.stdout.write(`${f}\n`);
    } else if (command === "restore") {
      if (!values.in) throw new UsageError("restore needs --in <backup file>");
      runRestore(config, values.in);
    } else {
      throw new UsageError(command ? `unknown command "${command}"` : "missing command");
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`error: ${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof TransferError || err instanceof ConfigError || err instanceof BackupError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 1;
    }
    cliLog.error({ err }, "data command failed");
    const cause = (err as Error)?.cause instanceof Error ? ` (${((err as Error).cause as Error).message})` : "";
    process.stderr.write(`error: ${(err as Error)?.message ?? String(err)}${cause}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`error: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
