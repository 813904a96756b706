import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The server's layering is fenced by ESLint (eslint.config.js, SERVER_LAYERS):
 * these lint in-memory files placed at server paths and expect the fence to
 * hold, so a config change that silently drops a rule fails here.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

/** The `no-restricted-imports` messages ESLint gives `code` placed at `file` (relative to the repository). */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("server layering", () => {
  it("fails a command that publishes to sockets directly", async () => {
    const code = `import { SocketPublisher } from "../realtime/socketPublisher.ts";\nexport const p: SocketPublisher | null = null;\n`;
    const messages = await restrictedImports("server/src/commands/fixtureCommand.ts", code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Commands never push to sockets");
  });

  it("fails the sync and socket endpoints importing routes", async () => {
    const code = `import { idParam } from "../routes/loaders.ts";\nexport const f = idParam;\n`;
    for (const file of ["server/src/collaboration/fixture.ts", "server/src/realtime/fixture.ts"]) {
      const messages = await restrictedImports(file, code);
      expect(messages, file).toHaveLength(1);
      expect(messages[0], file).toContain("Only the composition root (app.ts) reaches routes/");
    }
  });

  it("fails a presenter that decides abilities itself", async () => {
    const code = `import { canPlan } from "../policies/index.ts";\nexport const f = canPlan;\n`;
    const messages = await restrictedImports("server/src/presenters/fixture.ts", code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Presenters never decide who may do what");
  });

  it("fails a query that runs a command, and a route that reaches a storage adapter", async () => {
    const query = await restrictedImports("server/src/queries/fixture.ts", `import { createThread } from "../commands/commentThreads.ts";\nexport const f = createThread;\n`);
    expect(query).toEqual([expect.stringContaining("Queries only read")]);
    const route = await restrictedImports("server/src/routes/fixture.ts", `import { createEmbeddedStorage } from "../storage/embedded/embeddedStorage.ts";\nexport const f = createEmbeddedStorage;\n`);
    expect(route).toEqual([expect.stringContaining("never an adapter directly")]);
  });

  it("passes the same imports where the layering allows them", async () => {
    expect(await restrictedImports("server/src/subscribers/fixture.ts", `import { SocketPublisher } from "../realtime/socketPublisher.ts";\nexport const p: SocketPublisher | null = null;\n`)).toEqual([]);
    expect(await restrictedImports("server/src/routes/fixture.ts", `import { createThread } from "../commands/commentThreads.ts";\nexport const f = createThread;\n`)).toEqual([]);
  });
});
