import type { Config } from "../env.ts";
import type { Storage } from "./types.ts";
import { createEmbeddedStorage } from "./embedded/embeddedStorage.ts";

/**
 * Pick the store from configuration: MongoDB when MONGODB_URI is set,
 * otherwise the embedded SQLite store in DATA_DIR. The only place that knows which.
 */
export async function createStorage(config: Pick<Config, "dataDir" | "mongodbUri"> & Partial<Pick<Config, "sqliteSynchronous">>): Promise<Storage> {
  if (config.mongodbUri) {
    const { createMongoStorage } = (await import(/* @vite-ignore */ "./mongo/" + "mongoStorage.ts")) as {
      createMongoStorage(uri: string): Promise<Storage>;
    };
    return createMongoStorage(config.mongodbUri);
  }
  return createEmbeddedStorage(config.dataDir, { synchronous: config.sqliteSynchronous ?? "normal" });
}
