import { createRequire } from "node:module";
import pino, { type Logger } from "pino";
import { currentRequest } from "./requestContext.ts";

/** Closed set of log categories. */
export type LogCategory =
  | "lifecycle"
  | "http"
  | "authentication"
  | "storage"
  | "collaboration"
  | "realtime"
  | "commands"
  | "mail"
  | "export"
  | "seed";

/** Paths whose values never reach the log. */
export const REDACT_PATHS = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "totpSecret",
  "*.totpSecret",
  "token",
  "*.token",
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "cookie",
  "*.cookie",
  "smtpUrl",
  "clientSecret",
  "*.clientSecret",
  "oidcProviders",
  "mongodbUri",
  "redisUrl",
];

/** Whether pino-pretty (a devDependency) is installed: a production install has JSON logs only. */
function prettyAvailable(): boolean {
  try {
    createRequire(import.meta.url).resolve("pino-pretty");
    return true;
  } catch {
    return false;
  }
}

/**
 * LOG_FORMAT=pretty: readable lines through pino-pretty (a development tool, run as a pino
 * transport); json: one JSON object a line. Unset: pretty in development on a terminal, JSON
 * otherwise (always in production).
 */
function makeRoot(): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info");
  const format = process.env.LOG_FORMAT ?? (process.stdout.isTTY && (process.env.NODE_ENV ?? "development") === "development" ? "pretty" : "json");
  const pretty = format === "pretty" && level !== "silent" && prettyAvailable();
  const root = pino({
    level,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    // every line written while serving a request carries its id
    mixin: () => {
      const req = currentRequest();
      return req ? { reqId: req.reqId } : {};
    },
    ...(pretty ? { transport: { target: "pino-pretty", options: { colorize: true, ignore: "pid,hostname" } } } : {}),
  });
  if (format === "pretty" && !pretty && level !== "silent") root.warn("LOG_FORMAT=pretty needs pino-pretty (a devDependency); writing JSON");
  return root;
}

/** The one server logger. Use `log(category)` for a categorised child. */
export const logger: Logger = makeRoot();

/** A child logger for one category. */
export function log(category: LogCategory): Logger {
  return logger.child({ category });
}
