/**
 * Writes the JSON Schema of the JSON export to docs/export-schema.json.
 * Run after changing `shared/src/export/exportSchema.ts`:
 * `node --import tsx server/src/export/writeExportJsonSchema.ts`
 * (tests/api/export.test.ts fails while the committed file is stale).
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exportJsonSchema } from "@jigsaw/shared/export/exportSchema";

/** Where the committed schema lives. */
export const EXPORT_SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../docs/export-schema.json");

/** The file's exact expected content. */
export function exportSchemaFileContent(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(path.dirname(EXPORT_SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(EXPORT_SCHEMA_FILE, exportSchemaFileContent());
  process.stdout.write(`wrote ${EXPORT_SCHEMA_FILE}\n`);
}
