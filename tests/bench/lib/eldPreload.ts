/**
 * Preloaded (`--import`) into every benchmarked server process: records
 * event-loop delay with `monitorEventLoopDelay` and, on SIGUSR2, writes the
 * stats since the previous signal to `$BENCH_ELD_FILE` and resets.
 */
import fs from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

const file = process.env.BENCH_ELD_FILE;
if (file) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  let n = 0;
  process.on("SIGUSR2", () => {
    const ms = (v: number) => Math.round((v / 1e6) * 100) / 100;
    const out = { n: ++n, p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max), mean: ms(h.mean) };
    h.reset();
    fs.writeFileSync(file + ".tmp", JSON.stringify(out));
    fs.renameSync(file + ".tmp", file);
  });
}
