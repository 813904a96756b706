/**
 * `npm run bench`: run every benchmark in this folder one after another and
 * write a summary to tests/bench/results/summary.json (each benchmark also
 * writes its own results file). Pass names to run a subset:
 * `npm run bench -- meeting fleet` (a full name picks that one; any other
 * text picks every benchmark whose name starts with it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);

interface BenchModule {
  run(): Promise<unknown> | unknown;
}

async function main(): Promise<void> {
  const all = fs.readdirSync(here).filter((f) => f.endsWith(".bench.ts"));
  const names = all.map((f) => f.replace(/\.bench\.ts$/, ""));
  // a name picks that benchmark (`meeting` is not also `meetingExport`); otherwise a prefix picks all it starts
  const picks = (name: string) => wanted.length === 0 || wanted.some((w) => name === w || (!names.includes(w) && name.startsWith(w)));
  const files = all.filter((f) => picks(f.replace(/\.bench\.ts$/, ""))).sort();
  const summary: Record<string, unknown> = {};
  const failures: string[] = [];
  for (const f of files) {
    const name = f.replace(/\.bench\.ts$/, "");
    process.stdout.write(`\n=== bench: ${name} ===\n`);
    const started = Date.now();
    try {
      const mod = (await import(pathToFileURL(path.join(here, f)).href)) as BenchModule;
      summary[name] = { result: await mod.run(), seconds: (Date.now() - started) / 1000 };
    } catch (err) {
      failures.push(name);
      summary[name] = { error: String((err as Error)?.stack ?? err) };
      process.stderr.write(`bench ${name} failed: ${String((err as Error)?.stack ?? err)}\n`);
    }
  }
  const out = {
    at: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    benches: summary,
  };
  fs.mkdirSync(path.join(here, "results"), { recursive: true });
  fs.writeFileSync(path.join(here, "results", "summary.json"), JSON.stringify(out, null, 2) + "\n");
  process.stdout.write(`\nwrote tests/bench/results/summary.json (${files.length} benchmarks, ${failures.length} failed)\n`);
  process.exit(failures.length > 0 ? 1 : 0);
}

void main();
