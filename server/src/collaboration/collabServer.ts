import type http from "node:http";
import type { Duplex } from "node:stream";
import * as Y from "yjs";
import { WebSocketServer } from "ws";
import { CloseEvents, type CloseEvent } from "@jigsaw/shared/realtime/closeEvents";
import { log } from "../logging/logger.ts";
import { canPlan } from "../policies/index.ts";
import { actorForPlan } from "../routes/loaders.ts";
import type { ServerContext } from "../services/context.ts";
import { CollabUpdateRefusedError, type CollabApi } from "./collabApi.ts";
import type { CollabOptions } from "./collabOptions.ts";
import { CollabConnection } from "./connection.ts";
import { docRelayFor } from "./docRelay.ts";
import { DocManager } from "./docManager.ts";
import { DocNotFoundError } from "./sharedDoc.ts";
import { authorizeUpgrade, isCollabRequest, refuseUpgrade, type CollabAccess } from "./upgrade.ts";

const logger = log("collaboration");

/**
 * The Yjs sync endpoint (y-websocket protocol) on the shared HTTP server:
 * upgrade auth, connections, documents, revocation and keep-alive.
 */
export class CollabServer implements CollabApi {
  private readonly wss: WebSocketServer;
  private readonly docs: DocManager;
  private readonly connections = new Set<CollabConnection>();
  /** Bumped on membership/sign-out events so upgrades authorised just before are re-checked. */
  private readonly authEpoch = new Map<string, number>();
  private readonly unsubscribe: Array<() => void> = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private closing = false;

  constructor(
    private readonly ctx: ServerContext,
    private readonly httpServer: http.Server,
    private readonly options: CollabOptions,
  ) {
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxMessageBytes,
      perMessageDeflate: false,
      clientTracking: false,
    });
    this.wss.on("error", (err) => logger.error({ err }, "websocket server error"));
    this.docs = new DocManager(ctx.storage.docs, options, (planId, at) => {
      ctx.storage.plans.touchActivity(planId, at).catch((err: unknown) => logger.warn({ err, planId }, "touch activity failed"));
      ctx.events.emit("plan.contentChanged", { planId });
    }, docRelayFor(ctx));
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
        this.closeWhere((c) => c.userId === userId && c.access.partnershipId === partnershipId, CloseEvents.AuthorizationChanged);
      }),
      ev.on("user.signedOut", ({ userId }) => {
        this.bumpEpoch(userId);
        this.closeWhere((c) => c.userId === userId, CloseEvents.AuthenticationFailed);
      }),
      ev.on("plan.changed", ({ planId }) => {
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
  }

  // ---------------------------------------------------------------------------
  // Upgrade
  // ---------------------------------------------------------------------------

  private readonly onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (!isCollabRequest(req)) return; // socket.io and others handle their own paths
    socket.on("error", (err) => logger.debug({ err: err.message }, "upgrade socket error"));
    if (this.closing) return refuseUpgrade(socket, 503, "Server restarting");
    void this.authorizeAndUpgrade(req, socket, head).catch((err: unknown) => {
      logger.error({ err }, "upgrade failed");
      refuseUpgrade(socket, 503, "Try again");
    });
  };

  private async authorizeAndUpgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const startedEpochs = new Map(this.authEpoch);
    const decision = await authorizeUpgrade(this.ctx, req);
    if (!decision.ok) {
      logger.info({ status: decision.status, url: req.url }, "collaboration upgrade refused");
      return refuseUpgrade(socket, decision.status, decision.message);
    }
    if (socket.destroyed || this.closing) return;
    const access = decision.access;
    const stale = (this.authEpoch.get(access.userId) ?? 0) !== (startedEpochs.get(access.userId) ?? 0);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const conn = new CollabConnection(ws, access, this.options);
      if (stale || this.closing) {
        conn.close(this.closing ? CloseEvents.ServerShuttingDown : CloseEvents.AuthorizationChanged);
        return;
      }
      this.connections.add(conn);
      this.join(conn, access);
    });
  }

  private join(conn: CollabConnection, access: CollabAccess): void {
    const acquired = this.docs.acquire(access.planId);
    conn.onEnd((c) => {
      this.connections.delete(c);
      acquired.then((doc) => this.docs.release(doc)).catch(() => undefined);
    });
    acquired.then(
      (doc) => {
        if (conn.closed) return;
        if (doc.connections.size >= this.options.maxConnectionsPerDoc) return conn.close(CloseEvents.TooManyConnections);
        conn.attach(doc);
      },
      (err: unknown) => {
        if (err instanceof DocNotFoundError) return conn.close(CloseEvents.NotFound);
        logger.error({ err, planId: access.planId }, "loading document failed");
        conn.close(CloseEvents.StorageFailed);
      },
    );
  }

  // ---------------------------------------------------------------------------
  // Revocation and liveness
  // ---------------------------------------------------------------------------

  private bumpEpoch(userId: string): void {
    this.authEpoch.set(userId, (this.authEpoch.get(userId) ?? 0) + 1);
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
      const ok = s !== null && Date.parse(s.expiresAt) > now && Date.parse(s.lastSeenAt) + this.ctx.config.sessionIdleMs > now;
      if (!ok) for (const c of conns) c.close(CloseEvents.AuthenticationFailed);
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
    for (const doc of this.docs.loaded()) {
      if (doc.state === "ready") doc.heartbeat(idleSince, (c) => (c as CollabConnection).lastSentAt);
    }
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

  /** Stop: refuse new upgrades, close connections, flush and compact every document. */
  async close(): Promise<void> {
    this.closing = true;
    this.httpServer.off("upgrade", this.onUpgrade);
    for (const u of this.unsubscribe) u();
    for (const t of this.timers) clearInterval(t);
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
