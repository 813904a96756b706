import type { ChildProcess } from "node:child_process";
import { round, spawnNodeOnCore } from "./common.ts";

/*
 * Receiver: a bare TCP server that counts `data` events and, after a second of warm-up, reports
 * its own CPU µs per event over the window ("usPerDelivery").
 */
const RECEIVER_SOURCE = `
const net = require("node:net");
const seconds = Number(process.argv[1]);
let n = 0;
const srv = net.createServer((s) => s.on("data", () => n++)).listen(0, "127.0.0.1", () => {
  process.stdout.write("port " + srv.address().port + "\\n");
  setTimeout(() => {
    const c0 = process.cpuUsage();
    const n0 = n;
    setTimeout(() => {
      const c = process.cpuUsage(c0);
      process.stdout.write("result " + (n - n0) + " " + (c.user + c.system) + "\\n");
      process.exit(0);
    }, seconds * 1000);
  }, 1000);
});
`;
/* Sender: one 300-byte write every 1000/rate ms, so each arrives on its own. */
const SENDER_SOURCE = `
const [port, rate] = process.argv.slice(1).map(Number);
const s = require("node:net").connect(port, "127.0.0.1", () => {
  const b = Buffer.alloc(300, 7);
  setInterval(() => s.write(b), 1000 / rate);
});
s.on("error", () => process.exit(0));
`;

/**
 * CPU µs a process on `core` spends per small message that arrives on its own (a loopback TCP
 * socket, 300 B, `rate`/s from the other core): waking from idle, the read and one JS callback.
 * On a VM this wake-up is most of what a message costs a lightly loaded server, so it says what
 * each extra delivery (a relayed message, a Redis echo, a timer) costs on the machine measured.
 */
export async function measureDeliveryCost(core = 0, seconds = 8, rate = 500): Promise<{ deliveries: number; usPerDelivery: number }> {
  const receiver = spawnNodeOnCore(core, RECEIVER_SOURCE, [String(seconds)]);
  let sender: ChildProcess | null = null;
  try {
    return await new Promise((resolve, reject) => {
      let out = "";
      receiver.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const port = /port (\d+)/.exec(out);
        if (port && !sender) sender = spawnNodeOnCore(core === 0 ? 1 : 0, SENDER_SOURCE, [port[1]!, String(rate)]);
        const r = /result (\d+) (\d+)/.exec(out);
        if (r) resolve({ deliveries: Number(r[1]), usPerDelivery: round(Number(r[2]) / Math.max(1, Number(r[1])), 1) });
      });
      receiver.on("exit", (code) => reject(new Error(`delivery-cost receiver exited (${code}) before reporting`)));
    });
  } finally {
    (sender as ChildProcess | null)?.kill();
    receiver.kill();
  }
}
