/**
 * Parent side of the load generator: fork it (advanced serialization so
 * Uint8Arrays survive IPC), pin it to core 1, and call its commands.
 */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { benchDir, pin } from "./common.ts";

/** A running load generator process. */
export interface LoadGen {
  pid: number;
  call<T = any>(cmd: string, args?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Start the load generator child process. */
export async function startLoadGen(core = 1): Promise<LoadGen> {
  const child: ChildProcess = fork(path.join(benchDir, "lib/loadgen.ts"), [], {
    // BENCH_LOADGEN_NODE_ARGS: extra node flags for the load generator (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
    // a larger young generation: fewer scavenges while thousands of sockets connect at once
    execArgv: [...(process.env.BENCH_LOADGEN_NODE_ARGS ?? "").split(/\s+/).filter(Boolean), "--import", "tsx", "--max-old-space-size=4096", "--max-semi-space-size=64"],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    detached: true,
  });
  const pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.once("exit", (code) => {
    for (const p of pending.values()) p.reject(new Error(`load generator exited (${code})`));
    pending.clear();
  });
  await new Promise<void>((resolve, reject) => {
    const onMsg = (m: { ready?: boolean }) => {
      if (m?.ready) {
        child.off("message", onMsg);
        resolve();
      }
    };
    child.on("message", onMsg);
    child.once("exit", () => reject(new Error("load generator did not start")));
  });
  child.on("message", (m: { id: number; result?: unknown; error?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error !== undefined) p.reject(new Error(m.error));
    else p.resolve(m.result);
  });
  pin(child.pid!, core);
  return {
    pid: child.pid!,
    call(cmd, args) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, cmd, args });
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}
