import client from "prom-client";

/**
 * Prometheus metrics of this process, served at /metrics (`metricsRoute.ts`). Counters and
 * histograms are observed where the work happens; gauges read the running servers when scraped
 * (several servers may run in one process in tests: their values add up).
 */
export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry });

/** What a running server reports when scraped (registered by `startServer`). */
export interface MetricsSource {
  collabConnections(): number;
  socketConnections(): number;
  documentsLoaded(): number;
  exportQueueDepth(): number;
}

const sources = new Set<MetricsSource>();

/** Report `source` until the returned function is called. */
export function addMetricsSource(source: MetricsSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

function sum(read: (s: MetricsSource) => number): number {
  let n = 0;
  for (const s of sources) n += read(s);
  return n;
}

new client.Gauge({
  name: "jigsaw_open_connections",
  help: "Open client connections on this node, by kind (collab: Yjs sync websockets; socketio: push channel)",
  labelNames: ["kind"] as const,
  registers: [registry],
  collect() {
    this.set({ kind: "collab" }, sum((s) => s.collabConnections()));
    this.set({ kind: "socketio" }, sum((s) => s.socketConnections()));
  },
});

new client.Gauge({
  name: "jigsaw_documents_loaded",
  help: "Plan documents loaded in memory on this node",
  registers: [registry],
  collect() {
    this.set(sum((s) => s.documentsLoaded()));
  },
});

new client.Gauge({
  name: "jigsaw_export_queue_depth",
  help: "Export jobs waiting for the export process (not counting the one rendering)",
  registers: [registry],
  collect() {
    this.set(sum((s) => s.exportQueueDepth()));
  },
});

const commitSeconds = new client.Histogram({
  name: "jigsaw_update_commit_seconds",
  help: "Time to commit one batch of accepted document updates to the store (edits are acknowledged after it)",
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

const relaySeconds = new client.Histogram({
  name: "jigsaw_relay_lag_seconds",
  help:
    "Scale-out relay delay of document updates: publish = from commit until Redis accepted the publish; " +
    "deliver = from a relayed message's arrival until it is applied to the local document",
  labelNames: ["stage"] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [registry],
});

const refusedUpdates = new client.Counter({
  name: "jigsaw_updates_refused_total",
  help: "Document updates refused and their sender closed, by reason (malformed, apply_failed, too_large, foreign_client, …)",
  labelNames: ["reason"] as const,
  registers: [registry],
});

/** An update was refused for `reason` (its sender is closed; the document carries on). */
export function countRefusedUpdate(reason: string): void {
  refusedUpdates.inc({ reason });
}

/** One batch of updates took `seconds` to commit. */
export function observeCommit(seconds: number): void {
  commitSeconds.observe(seconds);
}

/** Relayed updates spent `seconds` in the `stage` part of the relay. */
export function observeRelayLag(stage: "publish" | "deliver", seconds: number): void {
  relaySeconds.observe({ stage }, seconds);
}

/** Seconds since `start` (a `performance.now()` reading). */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}
