/**
 * Hocuspocus 4 as the benchmarks run it: default configuration, no extensions
 * (no persistence), quiet. Env: PORT, HOST.
 */
import { Server } from "@hocuspocus/server";

const server = new Server({ port: Number(process.env.PORT ?? 0), address: process.env.HOST ?? "127.0.0.1", quiet: true });
void server.listen();
