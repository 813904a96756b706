import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Every environment variable Jigsaw reads, with defaults. Documented in README. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  PUBLIC_URL: z.url().default("http://localhost:3000"),
  ALLOWED_ORIGINS: z.string().optional(),
  DATA_DIR: z.string().default("./data"),
  SQLITE_SYNCHRONOUS: z.enum(["normal", "full"]).default("normal"),
  /** Unset: the demo only on the embedded store outside production (see `loadConfig`). */
  SEED_DEMO: bool.optional(),
  /** The Vite dev server's origin: `npm run dev` sets it; nothing else should. */
  DEV_CLIENT_ORIGIN: z.url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  METRICS_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  BACKUP_DIR: z.string().optional(),
  BACKUP_INTERVAL_MINUTES: z.coerce.number().min(0).default(60),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(24),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60 * 24 * 7),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).default(30),
  TRUST_PROXY: bool.default(false),
  AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  PASSWORD_RESET_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  EMAIL_VERIFICATION_HOURS: z.coerce.number().int().min(1).max(30 * 24).default(72),
  RETENTION_NOTIFICATION_DAYS: z.coerce.number().int().min(1).default(90),
  RETENTION_MAIL_DAYS: z.coerce.number().int().min(1).default(30),
  EXPORT_KEEP_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(15),
  RETENTION_SWEEP_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  CLIENT_DIST: z.string().optional(),
  MONGODB_URI: z.string().optional(),
  REDIS_URL: z.string().optional(),
  RELAY_BATCH_MS: z.coerce.number().int().min(0).max(1_000).default(20),
  SMTP_URL: z.string().optional(),
  /** JSON array of OpenID Connect providers (see README, Single sign-on). */
  OIDC_PROVIDERS: z.string().optional(),
  MAIL_FROM: z.string().default("Jigsaw <jigsaw@localhost>"),
});

/** One OpenID Connect provider people may sign in with. */
export const OidcProviderSchema = z.strictObject({
  /** In URLs: `/api/auth/oidc/<id>/start`. */
  id: z.string().regex(/^[a-z0-9-]{1,32}$/),
  /** On the sign-in button: "Sign in with <name>". */
  name: z.string().min(1).max(60),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** Email domains this provider may sign in (e.g. "nhs.net"); anything else is refused. */
  allowedDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).min(1),
});
/** One OpenID Connect provider. */
export type OidcProviderConfig = z.infer<typeof OidcProviderSchema>;

/** Parsed configuration. */
export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  publicUrl: string;
  /** Exact origins allowed to make state-changing requests and open sockets. */
  allowedOrigins: string[];
  dataDir: string;
  /**
   * Embedded store durability. "normal" (WAL, synchronous=NORMAL): a commit survives a crash or kill of the
   * process; a power cut may roll back the last moments, which connected clients then send again on
   * reconnect (they hold every edit in their own document). "full": every commit is fsynced first.
   */
  sqliteSynchronous: "normal" | "full";
  seedDemo: boolean;
  logLevel: string;
  /** `json` or `pretty`; null: pretty on a development terminal, JSON otherwise (read by the logger from the environment). */
  logFormat: "json" | "pretty" | null;
  /** Bearer token that may read /metrics from anywhere; null: /metrics answers only direct loopback requests. */
  metricsToken: string | null;
  /** Embedded store: where online backups go (default DATA_DIR/backups). */
  backupDir: string;
  /** Embedded store: minutes between scheduled online backups (0: none). */
  backupIntervalMinutes: number;
  /** Embedded store: how many backups to keep (the oldest go first). */
  backupKeep: number;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  secureCookies: boolean;
  trustProxy: boolean;
  authRateLimit: number;
  /** How long a password reset link works. */
  passwordResetMs: number;
  /** How long an email verification link works. */
  emailVerificationMs: number;
  /** Retention (docs/information-governance.md): what the scheduled sweep deletes, and how often it runs. */
  retention: {
    /** Notifications older than this are deleted, read or not. */
    notificationMs: number;
    /** `.eml` files in DATA_DIR/mail older than this are deleted. */
    mailMs: number;
    /** A finished export file is kept for download this long. */
    exportMs: number;
    sweepEveryMs: number;
  };
  clientDist: string | null;
  mongodbUri: string | null;
  redisUrl: string | null;
  /**
   * Scale-out: a busy node sends its document changes and presence to the other nodes at most
   * once per this many ms (0 = at the end of every event-loop turn). A lone change after a quiet
   * spell leaves at once; none waits longer than this.
   */
  relayBatchMs: number;
  smtpUrl: string | null;
  mailFrom: string;
  /** Single sign-on providers (none unless OIDC_PROVIDERS is set). */
  oidcProviders: OidcProviderConfig[];
}

/** Thrown when the environment is invalid; the message names each bad variable. */
export class ConfigError extends Error {}

/** Parse configuration from an environment object. Throws ConfigError naming the bad variables. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const publicOrigin = new URL(e.PUBLIC_URL).origin;
  const extra = (e.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const o of extra) {
    let ok: boolean;
    try {
      ok = new URL(o).origin === o;
    } catch {
      ok = false;
    }
    if (!ok) {
      throw new ConfigError(`Invalid configuration:\n  ALLOWED_ORIGINS: "${o}" is not an origin like https://example.org`);
    }
  }
  let oidcProviders: OidcProviderConfig[] = [];
  if (e.OIDC_PROVIDERS) {
    let raw: unknown;
    try {
      raw = JSON.parse(e.OIDC_PROVIDERS);
    } catch {
      throw new ConfigError("Invalid configuration:\n  OIDC_PROVIDERS: not JSON (a list of {id, name, issuer, clientId, clientSecret, allowedDomains})");
    }
    const r = z.array(OidcProviderSchema).safeParse(raw);
    if (!r.success) throw new ConfigError(`Invalid configuration:\n  OIDC_PROVIDERS: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    if (e.NODE_ENV === "production" && r.data.some((p) => !p.issuer.startsWith("https:"))) throw new ConfigError("Invalid configuration:\n  OIDC_PROVIDERS: issuers must be https in production");
    oidcProviders = r.data;
  }
  const devOrigins: string[] = [];
  if (e.DEV_CLIENT_ORIGIN) {
    const o = new URL(e.DEV_CLIENT_ORIGIN).origin;
    if (e.NODE_ENV === "production") throw new ConfigError("Invalid configuration:\n  DEV_CLIENT_ORIGIN: the Vite dev server is not trusted in production (use ALLOWED_ORIGINS)");
    devOrigins.push(o);
  }
  // Safe when started without reading the configuration table: a deployment (production, or
  // MongoDB) creates no accounts with the published demo password unless asked to.
  const seedDemo = e.SEED_DEMO ?? (e.NODE_ENV !== "production" && !e.MONGODB_URI);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL.replace(/\/$/, ""),
    allowedOrigins: [...new Set([publicOrigin, ...extra, ...devOrigins])],
    dataDir: path.resolve(e.DATA_DIR),
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    seedDemo,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? null,
    metricsToken: e.METRICS_TOKEN || null,
    backupDir: path.resolve(e.BACKUP_DIR ?? path.join(e.DATA_DIR, "backups")),
    backupIntervalMinutes: e.BACKUP_INTERVAL_MINUTES,
    backupKeep: e.BACKUP_KEEP,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_DAYS * 86_400_000,
    secureCookies: publicOrigin.startsWith("https:"),
    trustProxy: e.TRUST_PROXY,
    authRateLimit: e.AUTH_RATE_LIMIT,
    passwordResetMs: e.PASSWORD_RESET_MINUTES * 60_000,
    emailVerificationMs: e.EMAIL_VERIFICATION_HOURS * 3_600_000,
    retention: {
      notificationMs: e.RETENTION_NOTIFICATION_DAYS * 86_400_000,
      mailMs: e.RETENTION_MAIL_DAYS * 86_400_000,
      exportMs: e.EXPORT_KEEP_MINUTES * 60_000,
      sweepEveryMs: e.RETENTION_SWEEP_MINUTES * 60_000,
    },
    clientDist: e.CLIENT_DIST ?? null,
    mongodbUri: e.MONGODB_URI || null,
    redisUrl: e.REDIS_URL || null,
    relayBatchMs: e.RELAY_BATCH_MS,
    smtpUrl: e.SMTP_URL || null,
    mailFrom: e.MAIL_FROM,
    oidcProviders,
  };
}
