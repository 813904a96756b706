import pino, { type Logger } from "pino";

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

function makeRoot(): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info");
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== "production" && level !== "silent";
  return pino({
    level,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    ...(pretty ? { transport: { target: "pino-pretty", options: { colorize: true, ignore: "pid,hostname" } } } : {}),
  });
}

/** The one server logger. Use `log(category)` for a categorised child. */
export const logger: Logger = makeRoot();

/** A child logger for one category. */
export function log(category: LogCategory): Logger {
  return logger.child({ category });
}
