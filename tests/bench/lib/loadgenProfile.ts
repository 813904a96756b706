/**
 * A CPU profile of the load generator over one measured window, when
 * BENCH_LOADGEN_PROFILE_DIR names a directory: to find what the load
 * generator itself spends (a run only counts while it stays under 70 %).
 */
import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector/promises";

export interface WindowProfile {
  /** Stop and write `<dir>/<name>-<time>.cpuprofile`. */
  stop(name: string): Promise<void>;
}

export async function startProfile(): Promise<WindowProfile | null> {
  const dir = process.env.BENCH_LOADGEN_PROFILE_DIR;
  if (!dir) return null;
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 250 });
  await session.post("Profiler.start");
  return {
    async stop(name) {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${name}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    },
  };
}
