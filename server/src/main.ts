import { ConfigError, loadConfig, type Config } from "./env.ts";
import { logger, log } from "./logging/logger.ts";
import { startServer } from "./server.ts";
import { DEMO_MEMBERS, DEMO_PASSWORD, seedDemo } from "./services/demoSeed.ts";

const lifecycle = log("lifecycle");

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      logger.fatal(err.message);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
  const server = await startServer({ config });
  if (config.seedDemo) {
    const created = await seedDemo(server.ctx);
    lifecycle.info(
      {
        accounts: DEMO_MEMBERS.map((m) => `${m.email} (${m.role}, ${m.organisation})`),
        password: "see below",
      },
      created ? "demo partnership created" : "demo partnership present",
    );
    process.stdout.write(
      `\n  Jigsaw demo: sign in at ${config.publicUrl} as ${DEMO_MEMBERS[0]!.email} (facilitator)` +
        `\n  or any of ${DEMO_MEMBERS.slice(1).map((m) => m.email).join(", ")}` +
        `\n  with the demo password: ${DEMO_PASSWORD}\n\n`,
    );
  }
  lifecycle.info({ url: config.publicUrl, listening: server.url, store: server.ctx.storage.kind, dataDir: config.dataDir }, "Jigsaw is running");

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    lifecycle.info({ signal }, "stopping");
    const timer = setTimeout(() => {
      lifecycle.error("shutdown took too long; exiting");
      process.exit(1);
    }, 15_000);
    timer.unref();
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        lifecycle.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((err: unknown) => {
  logger.fatal({ err }, "failed to start");
  process.exit(1);
});
