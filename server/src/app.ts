import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import express, { type Express } from "express";
import helmet from "helmet";
import { Limits } from "@jigsaw/shared/validations";
import { apiNotFound, errorHandler } from "./middlewares/errorHandler.ts";
import { loadSession } from "./middlewares/authenticate.ts";
import { precompressedAssets } from "./middlewares/precompressedAssets.ts";
import { requireSameOrigin } from "./middlewares/sameOrigin.ts";
import { apiRoutes } from "./routes/index.ts";
import type { Services } from "./services/services.ts";
import { log } from "./logging/logger.ts";
import { requestId } from "./logging/requestContext.ts";
import { metricsRoute } from "./observability/metricsRoute.ts";

const httpLog = log("http");

/** Where the built client lives unless CLIENT_DIST says otherwise. */
export function defaultClientDist(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../client/dist");
}

/** Build the Express app: security headers, body limits, sessions, CSRF origin check, API, client. */
export function createApp(ctx: Services): Express {
  const app = express();
  app.disable("x-powered-by");
  if (ctx.config.trustProxy) app.set("trust proxy", 1);
  app.use(requestId());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          "connect-src": ["'self'", ...ctx.config.allowedOrigins.map((o) => o.replace(/^http/, "ws"))],
          "img-src": ["'self'", "data:", "blob:"],
          "upgrade-insecure-requests": ctx.config.secureCookies ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: ctx.config.secureCookies,
    }),
  );

  // API JSON and the app's HTML compressed on the fly; the build's assets come precompressed (below)
  app.use(compression());

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const store = await ctx.storage.healthy();
    const checks: Record<string, boolean> = { store };
    for (const [name, check] of Object.entries(ctx.readiness)) {
      checks[name] = await check();
    }
    const ok = Object.values(checks).every(Boolean);
    res.status(ok ? 200 : 503).json({ status: ok ? "ready" : "not_ready", checks });
  });

  app.get("/metrics", metricsRoute(ctx.config.metricsToken));

  app.use("/api", (req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      httpLog.debug(
        { method: req.method, url: req.originalUrl, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        "request",
      );
    });
    next();
  });
  // Origin first: a cross-origin write is refused before its body is even read.
  app.use("/api", requireSameOrigin(ctx.config.allowedOrigins));
  app.use("/api", express.json({ limit: Limits.jsonBodyBytes, strict: true, type: ["application/json", "application/*+json"] }));
  app.use("/api", loadSession(ctx));
  app.use("/api", apiRoutes(ctx));
  app.use("/api", apiNotFound);

  const dist = ctx.config.clientDist ?? defaultClientDist();
  if (fs.existsSync(path.join(dist, "index.html"))) {
    app.use(precompressedAssets(dist));
    app.use(express.static(dist, { index: false, maxAge: "1h", setHeaders: cacheHeaders }));
    app.get(/^\/(?!api\/|collab\/|socket\.io\/).*/, (_req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(path.join(dist, "index.html"));
    });
  } else {
    app.get("/", (_req, res) => {
      res
        .status(503)
        .type("text/plain")
        .send("The Jigsaw client has not been built. Run `npm start` (which builds it) or `npm run dev`.");
    });
  }
  app.use(errorHandler);
  return app;
}

function cacheHeaders(res: express.Response, file: string): void {
  if (file.includes(`${path.sep}assets${path.sep}`)) {
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  }
}
