/** The sync endpoint: websocket upgrade and authorization, connections, revocation, keep-alive and the in-process API. */
import type http from "node:http";
import type { Duplex } from "node:stream";
import * as Y from "yjs";
import { WebSocketServer } from "ws";
import { CloseEvents, type CloseEvent } from "@jigsaw/shared/realtime/closeEvents";
import { log } from "../logging/logger.ts";
import { requestIdFor, runInRequest } from "../logging/requestContext.ts";
import { canPlan } from "../policies/index.ts";
import { actorForPlan } from "../queries/planActor.ts";
import type { ServerContext } from "../services/context.ts";
import { sessionAlive } from "../services/sessions.ts";
import { CollabUpdateRefusedError, type CollabApi } from "./collabApi.ts";
import type { CollabOptions } from "./collabOptions.ts";
import { CollabConnection } from "./connection.ts";
import type { DocRelay } from "./docRelay.ts";
import { DocManager } from "./docManager.ts";
import { DocNotFoundError } from "./coldLoad.ts";
import type { SharedDoc } from "./sharedDoc.ts";
import { authorizeUpgrade, cachedUpgrade, isCollabRequest, refuseUpgrade } from "./upgrade.ts";
import { UpgradeAuthCache, type CachedUpgrade } from "./upgradeAuthCache.ts";

const logger = log("collaboration");
/** Longest one event-loop turn spends encoding sync answers ahead of need (`SharedDoc.warmSyncAnswer`). */
const WARM_SLICE_MS = 2;
/** `authEpoch` key of a plan (user ids never look like this). */
const planEpoch = (planId: string): string => `plan:${planId}`;

/**
 * The Yjs sync endpoint (y-websocket protocol) on the shared HTTP server:
 * upgrade auth, connections, documents, revocation and keep-alive.
 */
export class CollabServer implements CollabApi {
  private readonly wss: WebSocketServer;
  private readonly docs: DocManager;
  private readonly connections = new Set<CollabConnection>();
  /** Bumped per user on membership/sign-out events and per plan on plan changes, so upgrades authorised just before are re-checked. */
  private readonly authEpoch = new Map<string, number>();
  /** Upgrade decisions reused by reconnects (dropped on the same events that close connections). */
  private readonly authCache: UpgradeAuthCache;
  private readonly unsubscribe: Array<() => void> = [];
  private readonly timers: NodeJS.Timeout[] = [];
  /** Documents whose sync answers the current heartbeat still has to warm (`warmSyncAnswers`). */
  private warmQueue: SharedDoc[] = [];
  private warmTimer: NodeJS.Immediate | null = null;
  private closing = false;

  constructor(
    private readonly ctx: ServerContext,
    private readonly httpServer: http.Server,
    private readonly options: CollabOptions,
    /** Cross-node relay (scale-out), or null when this node runs alone. */
    relay: DocRelay | null,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxMessageBytes,
      perMessageDeflate: false,
      clientTracking: false,
    });
    this.wss.on("error", (err) => logger.error({ err }, "websocket server error"));
    this.authCache = new UpgradeAuthCache(options.authCacheTtlMs);
    this.docs = new DocManager(ctx.storage.docs, options, (planId, at) => {
      ctx.storage.plans.touchActivity(planId, at).catch((err: unknown) => logger.warn({ err, planId }, "touch activity failed"));
      ctx.events.emit("plan.contentChanged", { planId });
    }, relay);
    // The last person left and the grace period passed: other features (automatic versions) react.
    this.docs.onIdle = (planId) => ctx.events.emit("plan.idle", { planId });
  }

  /** Attach to the HTTP server and the event bus, start timers. */
  start(): void {
    this.httpServer.on("upgrade", this.onUpgrade);
    const ev = this.ctx.events;
    this.unsubscribe.push(
      ev.on("membership.changed", ({ partnershipId, userId }) => {
        this.bumpEpoch(userId);
        this.authCache.dropUser(userId);
        this.closeWhere((c) => c.userId === userId && c.access.partnershipId === partnershipId, CloseEvents.AuthorizationChanged);
      }),
      ev.on("user.signedOut", ({ userId }) => {
        this.bumpEpoch(userId);
        this.authCache.dropUser(userId);
        this.closeWhere((c) => c.userId === userId, CloseEvents.AuthenticationFailed);
      }),
      ev.on("session.ended", ({ sessionId, userId }) => {
        this.bumpEpoch(userId);
        this.authCache.dropSession(sessionId);
        this.closeWhere((c) => c.access.sessionId === sessionId, CloseEvents.AuthenticationFailed);
      }),
      ev.on("plan.changed", ({ planId }) => {
        this.bumpEpoch(planEpoch(planId));
        this.authCache.dropPlan(planId);
        void this.recheckPlan(planId);
      }),
    );
    const every = (ms: number, fn: () => void | Promise<void>) => {
      const t = setInterval(() => {
        try {
          void Promise.resolve(fn()).catch((err: unknown) => logger.error({ err }, "collaboration timer failed"));
        } catch (err) {
          logger.error({ err }, "collaboration timer failed");
        }
      }, ms);
      t.unref();
      this.timers.push(t);
    };
    every(this.options.pingIntervalMs, () => this.ping());
    every(this.options.heartbeatMs, () => this.heartbeat());
    every(this.options.sessionRecheckMs, () => this.recheckSessions());
    if (this.options.authCacheTtlMs > 0) every(this.options.authCacheTtlMs, () => this.authCache.sweep(Date.now()));
  }

  // ---------------------------------------------------------------------------
  // Upgrade
  // ---------------------------------------------------------------------------

  private readonly onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (!isCollabRequest(req)) return; // socket.io and others handle their own paths
    // the upgrade's log lines carry a request id, as an HTTP request's do
    runInRequest(requestIdFor(req.headers["x-request-id"]), () => this.handleUpgrade(req, socket, head));
  };

  private handleUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on("error", (err) => logger.debug({ err: err.message }, "upgrade socket error"));
    if (this.closing) return refuseUpgrade(socket, 503, "Server restarting");
    void this.authorizeAndUpgrade(req, socket, head).catch((err: unknown) => {
      logger.error({ err }, "upgrade failed");
      refuseUpgrade(socket, 503, "Try again");
    });
  }

  private async authorizeAndUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const hit = cachedUpgrade(this.ctx, this.authCache, req, Date.now());
    // a reused decision is applied in this same turn: no revocation can come in between
    if (hit) return this.upgrade(req, socket, head, hit, false);
    const startedEpochs = new Map(this.authEpoch);
    const ticket = this.authCache.ticket();
    const decision = await authorizeUpgrade(this.ctx, req);
    if (!decision.ok) {
      logger.info({ status: decision.status, url: req.url }, "collaboration upgrade refused");
      return refuseUpgrade(socket, decision.status, decision.message);
    }
    if (socket.destroyed || this.closing) return;
    const access = decision.access;
    const stale =
      (this.authEpoch.get(access.userId) ?? 0) !== (startedEpochs.get(access.userId) ?? 0) ||
      (this.authEpoch.get(planEpoch(access.planId)) ?? 0) !== (startedEpochs.get(planEpoch(access.planId)) ?? 0);
    // `put` stores nothing when any revocation arrived since `ticket`
    const decided = this.authCache.put(ticket, access, decision.session, Date.now());
    this.upgrade(req, socket, head, decided, stale);
  }

  /**
   * Complete the websocket handshake and join the document. When the document is loaded the
   * 101 response, our sync step 1 and the present awareness leave in one write.
   */
  private upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer, decided: CachedUpgrade, stale: boolean): void {
    const access = decided.access;
    socket.cork();
    try {
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        const conn = new CollabConnection(ws, access, this.options, socket);
        if (stale || this.closing) {
          conn.close(this.closing ? CloseEvents.ServerShuttingDown : CloseEvents.AuthorizationChanged);
          return;
        }
        this.connections.add(conn);
        this.authCache.hold(decided);
        this.join(conn, decided);
      });
    } finally {
      socket.uncork();
    }
  }

  private join(conn: CollabConnection, decided: CachedUpgrade): void {
    const access = decided.access;
    const loaded = this.docs.holdLoaded(access.planId);
    const acquired = loaded ? null : this.docs.acquire(access.planId, (doc) => conn.preview(doc));
    conn.onEnd((c) => {
      this.connections.delete(c);
      this.authCache.release(decided);
      if (loaded) this.docs.release(loaded);
      else acquired?.then((doc) => this.docs.release(doc)).catch(() => undefined);
    });
    const attach = (doc: SharedDoc) => {
      if (conn.closed) return;
      if (doc.connections.size >= this.options.maxConnectionsPerDoc) return conn.close(CloseEvents.TooManyConnections);
      conn.attach(doc);
    };
    if (loaded) return attach(loaded);
    acquired!.then(attach, (err: unknown) => {
      if (err instanceof DocNotFoundError) return conn.close(CloseEvents.NotFound);
      logger.error({ err, planId: access.planId }, "loading document failed");
      conn.close(CloseEvents.StorageFailed);
    });
  }

  // ---------------------------------------------------------------------------
  // Revocation and liveness
  // ---------------------------------------------------------------------------

  private bumpEpoch(key: string): void {
    this.authEpoch.set(key, (this.authEpoch.get(key) ?? 0) + 1);
  }

  private closeWhere(pred: (c: CollabConnection) => boolean, event: CloseEvent): void {
    for (const c of [...this.connections]) if (pred(c)) c.close(event);
  }

  /** A plan's metadata changed (e.g. archived): reconnect anyone whose rights changed. */
  private async recheckPlan(planId: string): Promise<void> {
    const conns = [...this.connections].filter((c) => c.access.planId === planId);
    for (const c of conns) {
      const { actor, plan } = await actorForPlan(this.ctx, c.userId, planId);
      const read = plan !== null && canPlan(actor, "read", plan);
      const edit = plan !== null && canPlan(actor, "edit", plan);
      if (!read || edit === c.readOnly) c.close(CloseEvents.AuthorizationChanged);
    }
  }

  private async recheckSessions(): Promise<void> {
    const bySession = new Map<string, CollabConnection[]>();
    for (const c of this.connections) {
      const list = bySession.get(c.access.sessionId) ?? [];
      list.push(c);
      bySession.set(c.access.sessionId, list);
    }
    const now = Date.now();
    for (const [sessionId, conns] of bySession) {
      const s = await this.ctx.storage.sessions.findById(sessionId);
      const ok = s !== null && sessionAlive(this.ctx, { expiresAt: Date.parse(s.expiresAt), lastSeenAt: Date.parse(s.lastSeenAt) }, now);
      if (ok) continue;
      this.authCache.dropSession(sessionId);
      for (const c of conns) c.close(CloseEvents.AuthenticationFailed);
    }
  }

  private ping(): void {
    for (const c of [...this.connections]) {
      if (!c.alive) {
        logger.info({ conn: c.id }, "no pong; terminating");
        c.ws.terminate();
        continue;
      }
      c.alive = false;
      try {
        c.ws.ping();
      } catch {
        c.ws.terminate();
      }
    }
  }

  private heartbeat(): void {
    const idleSince = performance.now() - Math.max(this.options.heartbeatMs, 15_000) + 1;
    const warm: SharedDoc[] = [];
    for (const doc of this.docs.loaded()) {
      if (doc.state !== "ready") continue;
      doc.heartbeat(idleSince, (c) => (c as CollabConnection).lastSentAt);
      if (doc.connections.size > 0) warm.push(doc);
    }
    this.warmSyncAnswers(warm);
  }

  /**
   * Encode ahead what clients reconnecting to quiet documents will need (a reconnect storm then
   * finds it ready), in slices of at most WARM_SLICE_MS so the event loop stays responsive.
   */
  private warmSyncAnswers(docs: SharedDoc[]): void {
    this.warmQueue = docs;
    if (this.warmTimer) return;
    const slice = (): void => {
      this.warmTimer = null;
      const until = performance.now() + WARM_SLICE_MS;
      while (this.warmQueue.length > 0 && performance.now() < until) this.warmQueue.pop()!.warmSyncAnswer();
      if (this.warmQueue.length > 0 && !this.closing) this.warmTimer = setImmediate(slice);
    };
    slice();
  }

  // ---------------------------------------------------------------------------
  // In-process API
  // ---------------------------------------------------------------------------

  async getDocSnapshot(planId: string): Promise<Uint8Array | null> {
    let doc;
    try {
      doc = await this.docs.acquire(planId);
    } catch (err) {
      if (err instanceof DocNotFoundError) return null;
      throw err;
    }
    try {
      await doc.whenDurable();
      return Y.encodeStateAsUpdate(doc.doc);
    } finally {
      this.docs.release(doc);
    }
  }

  async flushed(planId: string): Promise<void> {
    const doc = this.docs.peek(planId);
    if (doc?.state === "ready") await doc.whenDurable();
  }

  async applyServerUpdate(planId: string, update: Uint8Array, userId: string | null): Promise<void> {
    const doc = await this.docs.acquire(planId);
    try {
      await new Promise<void>((resolve, reject) => {
        const refusal = doc.accept(update, userId, null, { resolve, reject });
        if (refusal) reject(new CollabUpdateRefusedError(refusal.reason));
      });
    } finally {
      this.docs.release(doc);
    }
  }

  connectionCount(planId?: string): number {
    if (planId === undefined) return this.connections.size;
    return this.docs.peek(planId)?.connections.size ?? 0;
  }

  loadedDocCount(): number {
    let n = 0;
    for (const d of this.docs.loaded()) if (d.state === "ready") n++;
    return n;
  }

  refusedUpdateCounts(): Record<string, number> {
    return Object.fromEntries(this.docs.refused);
  }

  /** Stop: refuse new upgrades, close connections, flush and compact every document. */
  async close(): Promise<void> {
    this.closing = true;
    this.authCache.clear();
    this.httpServer.off("upgrade", this.onUpgrade);
    for (const u of this.unsubscribe) u();
    for (const t of this.timers) clearInterval(t);
    if (this.warmTimer) clearImmediate(this.warmTimer);
    this.warmQueue = [];
    const open = [...this.connections];
    this.closeWhere(() => true, CloseEvents.ServerShuttingDown);
    await this.docs.closeAll();
    // give clients a moment to finish the close handshake, then cut what is left
    const deadline = Date.now() + 1_000;
    while (open.some((c) => c.ws.readyState !== c.ws.CLOSED) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const c of open) if (c.ws.readyState !== c.ws.CLOSED) c.ws.terminate();
    this.wss.close();
  }
}
