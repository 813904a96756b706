import { spawn } from "node:child_process";
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { lowerPriority } from "./lowerPriority.ts";

/** Scheduling policy of `pid` from /proc (field 41; 5 = SCHED_IDLE) and its nice value (field 19). */
function schedOf(pid: number): { policy: number; nice: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from 3 on
  return { policy: Number(fields[41 - 3]), nice: Number(fields[19 - 3]) };
}

const onLinux = process.platform === "linux";
if (!onLinux) console.log("SKIPPED: lowerPriority's SCHED_IDLE check reads /proc (Linux only)");

describe.runIf(onLinux)("lowerPriority", () => {
  const children: Array<ReturnType<typeof spawn>> = [];
  afterEach(() => {
    for (const c of children.splice(0)) c.kill("SIGKILL");
  });

  it("puts every thread of a process on SCHED_IDLE at nice 19", async () => {
    // a Node child: several threads (V8 platform workers, libuv)
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    children.push(child);
    await new Promise((r) => setTimeout(r, 300));
    expect(schedOf(child.pid!).policy).toBe(0); // SCHED_OTHER before
    await expect(lowerPriority(child.pid!)).resolves.toBe("idle");
    const tasks = fs.readdirSync(`/proc/${child.pid}/task`).map(Number);
    expect(tasks.length).toBeGreaterThan(1);
    for (const t of tasks) {
      expect(schedOf(t).policy).toBe(5);
      expect(schedOf(t).nice).toBe(19);
    }
  });

  it("says what it managed for a process that is gone", async () => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    await new Promise((r) => child.once("exit", r));
    await expect(lowerPriority(child.pid!)).resolves.toBe("unchanged");
  });
});
