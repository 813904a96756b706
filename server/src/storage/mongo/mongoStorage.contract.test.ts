import { describe, it } from "vitest";
import { storageContract } from "../storage.contract.ts";
import type { Storage } from "../types.ts";

const SKIP_REASON = "SKIPPED: no MongoDB (set MONGODB_URI)";
const uri = process.env.MONGODB_URI;

if (!uri) {
  console.log(SKIP_REASON);
  describe.skip(SKIP_REASON, () => {
    it("runs the storage contract against MongoDB", () => {});
  });
} else {
  // Imported only when a MongoDB is configured (and by a computed path, so the
  // typecheck does not depend on the adapter existing yet).
  const { createMongoStorage } = (await import(/* @vite-ignore */ "./" + "mongoStorage.ts")) as { createMongoStorage(uri: string): Promise<Storage> };
  storageContract("mongo", () => createMongoStorage(uri));
}
