import { describe, it } from "vitest";
import { storageContract } from "../storage.contract.ts";

const SKIP_REASON = "SKIPPED: no MongoDB (set MONGODB_URI)";
const uri = process.env.MONGODB_URI;

if (!uri) {
  // The skip must be visible in the run output, with its reason.
  console.log(SKIP_REASON);
  describe.skip(SKIP_REASON, () => {
    it("runs the storage contract against MongoDB", () => {});
  });
} else {
  // Imported only when a MongoDB is configured, so a skipped run loads no driver.
  const { createMongoStorage } = await import("./mongoStorage.ts");
  storageContract("mongo", () => createMongoStorage(uri));
}
