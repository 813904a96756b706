import type { Connection } from "mongoose";
import type { MongoModels } from "./models/registerModels.ts";

/** What every Mongo repository needs: the connection (for sessions) and the models. */
export interface MongoContext {
  conn: Connection;
  models: MongoModels;
}
