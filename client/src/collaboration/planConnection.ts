import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import { ownPresenceOnly } from "./ownPresenceOnly.ts";
import type { Awareness } from "y-protocols/awareness";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { READ_ONLY_REFUSAL } from "@jigsaw/shared/realtime/closeEvents";
import { closeOutcome } from "./closeMessages.ts";
import { localDbName, trackLocalCache } from "./localCaches.ts";
import { reconnectDelayMs, SYNC_BACKOFF, type BackoffOptions } from "./reconnectBackoff.ts";

/** Where the sync connection is. */
export type ConnectionPhase = "connecting" | "connected" | "reconnecting" | "offline" | "stopped";

/** Everything the UI needs to know about a plan's sync connection. */
export interface PlanConnectionState {
  phase: ConnectionPhase;
  /** The server's copy has been received at least once in this session. */
  serverSynced: boolean;
  /** This device's offline copy (IndexedDB) has been loaded (or there is none). */
  localLoaded: boolean;
  /** Why the connection last closed, for the status line (null when nothing to say). */
  message: string | null;
  /** The server refused access: stop, and say so. */
  denied: boolean;
  /** The session ended: sign in again. */
  signedOut: boolean;
  /** Bumped whenever the server says this person's role changed (re-read abilities). */
  authorizationChanges: number;
  /**
   * The server dropped a change made here (this person can only view the plan): this copy (and
   * the offline one) is discarded and the connection stopped; open a new one for the server's state.
   */
  changeRefused: boolean;
}

/** Shown when the server dropped a change because this person can only view the plan. */
export const READ_ONLY_MESSAGE = "Your change was not saved: you can only view this plan";
/** How long a notice passed in `PlanConnectionOptions.notice` stays after the sync. */
const NOTICE_MS = 10_000;

/** Result of asking the REST API whether this person may still open the plan. */
export type AccessCheck = "ok" | "denied" | "signedOut";

/** Options for a plan connection. */
export interface PlanConnectionOptions {
  planId: string;
  userId: string;
  /** `ws(s)://host/collab` (default: this page's origin). */
  serverUrl?: string;
  /** Keep an offline copy in IndexedDB (default: when IndexedDB exists). */
  persist?: boolean;
  /** Asked after repeated refused upgrades (HTTP 401/404 look like network errors to browsers). */
  checkAccess?: () => Promise<AccessCheck>;
  backoff?: BackoffOptions;
  /** A message to show from the start (e.g. why the previous connection was replaced). */
  notice?: string | null;
}

/** `ws(s)://<this origin>/collab`, the y-websocket server URL of the sync endpoint. */
export function defaultCollabUrl(): string {
  return `${location.origin.replace(/^http/, "ws")}/collab`;
}

const INITIAL: PlanConnectionState = {
  phase: "connecting",
  serverSynced: false,
  localLoaded: false,
  message: null,
  denied: false,
  signedOut: false,
  authorizationChanges: 0,
  changeRefused: false,
};

/** Failed attempts without ever opening before asking the API whether access was lost. */
const PROBE_AFTER_FAILURES = 3;

/**
 * One plan's Y.Doc kept in sync with the server (stock y-websocket protocol,
 * room = plan id) and with an offline copy on this device (y-indexeddb, one
 * database per user and plan). Reconnects itself with jittered exponential
 * backoff, goes quiet while the browser is offline (edits stay in the local
 * copy and merge on return) and stops for good on "no access" close codes.
 * Never writes document content itself: the server created the plan.
 */
export class PlanConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  private persistence: IndexeddbPersistence | null = null;
  private untrack: (() => void) | null = null;
  private state: PlanConnectionState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private attempt = 0;
  private failuresWithoutOpen = 0;
  private openedThisAttempt = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly backoff: BackoffOptions;

  constructor(private readonly options: PlanConnectionOptions) {
    this.backoff = options.backoff ?? SYNC_BACKOFF;
    this.provider = new WebsocketProvider(options.serverUrl ?? defaultCollabUrl(), options.planId, this.doc, {
      connect: false,
      disableBc: true,
      maxBackoffTime: this.backoff.maxMs,
      // Every server-side close comes back to us (`closed`): we choose whether and when to retry.
      shouldReconnect: () => false,
    });
    ownPresenceOnly(this.provider);
    this.awareness = this.provider.awareness;
    if (options.notice) this.state = { ...INITIAL, message: options.notice };
    // y-protocols auth message: `[2, 0, reason]` is "permission denied" (the stock handler only logs it)
    this.provider.messageHandlers[2] = (_encoder, decoder) => {
      if (decoding.readVarUint(decoder) === 0) this.onPermissionDenied(decoding.readVarString(decoder));
    };
    this.provider.on("status", ({ status }) => this.onStatus(status));
    this.provider.on("sync", (synced: boolean) => this.onSync(synced));
    this.provider.on("closed", ({ code }) => this.onClosed(code));
  }

  /** Load the offline copy and connect (unless the browser is offline). */
  start(): void {
    const persist = this.options.persist ?? typeof indexedDB !== "undefined";
    if (persist) {
      const p = new IndexeddbPersistence(localDbName(this.options.userId, this.options.planId), this.doc);
      this.persistence = p;
      this.untrack = trackLocalCache({ userId: this.options.userId, close: () => p.destroy() });
      void p.whenSynced.then(
        () => this.set({ localLoaded: true }),
        () => this.set({ localLoaded: true }),
      );
    } else {
      this.set({ localLoaded: true });
    }
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOffline);
    if (navigator.onLine === false) this.set({ phase: "offline" });
    else this.provider.connect();
  }

  /** Subscribe to state changes (for `useSyncExternalStore`). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current state (a new object after each change). */
  getState = (): PlanConnectionState => this.state;

  /** Drop the connection and come back (e.g. after a role change was seen elsewhere). */
  reconnectNow(): void {
    if (this.destroyed || this.state.phase === "stopped") return;
    clearTimeout(this.timer);
    this.attempt = 0;
    this.provider.disconnect();
    if (navigator.onLine !== false) this.provider.connect();
  }

  /** Close everything. The offline copy stays on disk (see `clearLocalCaches`). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.timer);
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOffline);
    this.awareness.setLocalState(null);
    this.provider.destroy();
    this.untrack?.();
    void this.persistence?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private set(patch: Partial<PlanConnectionState>): void {
    if (this.destroyed) return;
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  private onStatus(status: "connected" | "disconnected" | "connecting"): void {
    if (status === "connected") {
      this.openedThisAttempt = true;
      this.failuresWithoutOpen = 0;
      this.set({ phase: "connected" });
    } else if (status === "connecting" && this.state.phase !== "offline") {
      this.set({ phase: this.state.serverSynced ? "reconnecting" : this.state.phase === "reconnecting" ? "reconnecting" : "connecting" });
    }
  }

  private onSync(synced: boolean): void {
    if (!synced) return;
    this.attempt = 0;
    const notice = this.options.notice ?? null;
    const keep = notice !== null && this.state.message === notice;
    this.set({ serverSynced: true, phase: "connected", message: keep ? notice : null });
    if (keep) {
      setTimeout(() => {
        if (this.state.message === notice) this.set({ message: null });
      }, NOTICE_MS);
    }
  }

  /**
   * The server dropped a change made here because this person can only view the plan. This
   * doc holds it and Yjs cannot take it back: stop, forget the offline copy that holds it too,
   * and let the owner open a fresh connection (`usePlanDoc` does) that loads the server's state.
   */
  private onPermissionDenied(reason: string): void {
    if (this.destroyed || this.state.changeRefused || reason !== READ_ONLY_REFUSAL) return;
    clearTimeout(this.timer);
    this.provider.disconnect();
    const p = this.persistence;
    this.persistence = null;
    this.untrack?.();
    this.untrack = null;
    const done = () => this.set({ phase: "stopped", changeRefused: true, message: READ_ONLY_MESSAGE });
    if (p) void p.clearData().then(done, done);
    else done();
  }

  private onClosed(code: number): void {
    if (this.destroyed) return;
    const outcome = closeOutcome(code);
    const opened = this.openedThisAttempt;
    this.openedThisAttempt = false;
    if (!outcome.reconnect) {
      this.set({ phase: "stopped", message: outcome.message, denied: outcome.denied, signedOut: outcome.signedOut });
      return;
    }
    const changed = code === 4205 ? this.state.authorizationChanges + 1 : this.state.authorizationChanges;
    this.set({ message: outcome.message ?? (this.state.serverSynced ? null : this.state.message), authorizationChanges: changed });
    if (!opened) this.failuresWithoutOpen++;
    if (!opened && this.failuresWithoutOpen >= PROBE_AFTER_FAILURES && this.failuresWithoutOpen % PROBE_AFTER_FAILURES === 0 && this.options.checkAccess) {
      void this.options.checkAccess().then((access) => {
        if (this.destroyed || access === "ok") return;
        clearTimeout(this.timer);
        this.provider.disconnect();
        this.set(
          access === "denied"
            ? { phase: "stopped", denied: true, message: "You no longer have access" }
            : { phase: "stopped", signedOut: true, message: "Your session has ended — sign in again" },
        );
      }, () => {});
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    clearTimeout(this.timer);
    if (navigator.onLine === false) {
      this.set({ phase: "offline" });
      return;
    }
    this.set({ phase: "reconnecting" });
    const delay = reconnectDelayMs(this.attempt++, this.backoff);
    this.timer = setTimeout(() => {
      if (!this.destroyed && this.state.phase === "reconnecting") this.provider.connect();
    }, delay);
  }

  private readonly onOnline = (): void => {
    if (this.destroyed || this.state.phase === "stopped") return;
    clearTimeout(this.timer);
    this.attempt = 0;
    this.set({ phase: this.state.serverSynced ? "reconnecting" : "connecting" });
    this.provider.connect();
  };

  private readonly onOffline = (): void => {
    if (this.destroyed || this.state.phase === "stopped") return;
    clearTimeout(this.timer);
    // Close now rather than wait for timeouts: edits go to the offline copy and merge on return.
    this.provider.disconnect();
    this.set({ phase: "offline" });
  };
}
