import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEmbeddedStorage } from "../storage/embedded/embeddedStorage.ts";
import { FIXTURE, populate } from "../storage/transfer/transferFixture.ts";
import { main } from "./data.ts";

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-data-cli-"));
  out = [];
  err = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (err.push(String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
});

const env = (dataDir: string) => ({ DATA_DIR: dataDir, NODE_ENV: "test", LOG_LEVEL: "silent" });

async function seeded(name: string): Promise<string> {
  const dataDir = path.join(dir, name);
  const s = createEmbeddedStorage(dataDir);
  await populate(s);
  await s.close();
  return dataDir;
}

describe("npm run data", () => {
  it("exports one store and imports it into an empty one", async () => {
    const from = await seeded("from");
    const file = path.join(dir, "dump.jsonl");
    expect(await main(["export", "--out", file], env(from))).toBe(0);
    expect(out.join("")).toMatch(/^Exported users 4, sessions 2, partnerships 2, .* to .*dump\.jsonl\n$/);
    expect(err.join("")).toMatch(/Exporting from the embedded store in .*from/);
    const first = JSON.parse(fs.readFileSync(file, "utf8").split("\n")[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ type: "header", format: "jigsaw-dump", version: 1, source: "embedded" });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const to = path.join(dir, "to");
    out = [];
    expect(await main(["import", "--in", file], env(to))).toBe(0);
    expect(err.join("")).toMatch(/the dump is complete: users 4/);
    expect(out.join("")).toMatch(/^Imported users 4, .* from .*dump\.jsonl\n$/);
    const s = createEmbeddedStorage(to);
    try {
      expect((await s.users.findById(FIXTURE.users[0]))?.displayName).toBe("Amara Okafor");
      expect((await s.docs.load(FIXTURE.plan))?.updates.length).toBeGreaterThan(0);
    } finally {
      await s.close();
    }

    // A second import into the now non-empty store is refused.
    err = [];
    expect(await main(["import", "--in", file], env(to))).toBe(1);
    expect(err.join("")).toMatch(/error: The target embedded store is not empty/);
  });

  it("refuses a damaged dump before touching the store", async () => {
    const from = await seeded("from");
    const file = path.join(dir, "dump.jsonl");
    expect(await main(["export", "--out", file], env(from))).toBe(0);
    const lines = fs.readFileSync(file, "utf8").trimEnd().split("\n");
    const truncated = path.join(dir, "truncated.jsonl");
    fs.writeFileSync(truncated, lines.slice(0, -3).join("\n") + "\n");
    const bad = path.join(dir, "bad.jsonl");
    fs.writeFileSync(bad, [lines[0], '{"type":"record","collection":"users","record":{"email":{"$ne":null}}}', lines.at(-1)].join("\n"));

    const to = path.join(dir, "to");
    err = [];
    expect(await main(["import", "--in", truncated], env(to))).toBe(1);
    expect(err.join("")).toMatch(/error: The dump is truncated: it has no end line/);
    err = [];
    expect(await main(["import", "--in", bad], env(to))).toBe(1);
    expect(err.join("")).toMatch(/error: line 2: record\.email/);
    expect(fs.existsSync(to)).toBe(false);
  });

  it("explains usage mistakes with exit code 2", async () => {
    const from = await seeded("from");
    const existing = path.join(dir, "exists.jsonl");
    fs.writeFileSync(existing, "");
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [[], env(from), /missing command/],
      [["bogus"], env(from), /unknown command "bogus"/],
      [["restore"], env(from), /restore needs --in/],
      [["export"], env(from), /export needs --out/],
      [["import"], env(from), /import needs --in/],
      [["export", "--bogus"], env(from), /Unknown option/],
      [["export", "--out", existing], env(from), /already exists/],
      [["export", "--out", path.join(dir, "x.jsonl")], env(path.join(dir, "nowhere")), /no embedded store/],
      [["import", "--in", path.join(dir, "missing.jsonl")], env(from), /does not exist/],
    ];
    for (const [argv, e, message] of cases) {
      err = [];
      expect(await main(argv, e), argv.join(" ")).toBe(2);
      expect(err.join(""), argv.join(" ")).toMatch(message);
      expect(err.join("")).toMatch(/Usage:/);
    }
    expect(fs.existsSync(path.join(dir, "nowhere"))).toBe(false);
  });

  it("reports a bad configuration with exit code 1", async () => {
    expect(await main(["export", "--out", path.join(dir, "x.jsonl")], { ...env(dir), PORT: "not-a-port" })).toBe(1);
    expect(err.join("")).toMatch(/PORT/);
  });
});
