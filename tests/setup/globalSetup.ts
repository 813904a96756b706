import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Build the client once before browser tests if it is missing or older than
 * its sources, so `npm test` works on a fresh clone.
 */
export default function setup(): void {
  const dist = path.join(root, "client/dist/index.html");
  const newest = newestMtime(path.join(root, "client/src"));
  const shared = newestMtime(path.join(root, "shared/src"));
  const built = fs.existsSync(dist) ? fs.statSync(dist).mtimeMs : 0;
  if (built < Math.max(newest, shared)) {
    process.stdout.write("[tests] building client for browser tests...\n");
    execFileSync("npm", ["run", "build", "-w", "@jigsaw/client"], { cwd: root, stdio: "inherit" });
  }
}

function newestMtime(dir: string): number {
  let max = 0;
  if (!fs.existsSync(dir)) return max;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const p = path.join(entry.parentPath, entry.name);
    max = Math.max(max, fs.statSync(p).mtimeMs);
  }
  return max;
}
