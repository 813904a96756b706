import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PublishThrottle } from "./publishThrottle.ts";

describe("PublishThrottle", () => {
  let clock = 0;
  let sends: number[] = [];
  /** Let `ms` pass, 1 ms at a time (`clock` moves with the fake timers). */
  const advance = async (ms: number) => {
    for (let i = 0; i < ms; i++) {
      clock++;
      await vi.advanceTimersByTimeAsync(1);
    }
  };
  const make = (intervalMs: number) => new PublishThrottle(intervalMs, () => sends.push(clock), () => clock);
  /** The end of a turn at `at` ms that queued something `times` times. */
  const turn = async (t: PublishThrottle, at: number, times = 1) => {
    await advance(at - clock);
    for (let i = 0; i < times; i++) t.queued();
    await Promise.resolve();
  };

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    sends = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sends a lone change at the end of its turn, once for everything the turn queued", async () => {
    const t = make(10);
    await turn(t, 100, 5);
    expect(sends).toEqual([100]);
    await advance(50);
    expect(sends).toEqual([100]);
  });

  it("while busy, sends with the first turn that comes the interval after the last send, not by a timer", async () => {
    const t = make(10);
    await turn(t, 100);
    await turn(t, 104); // queued: waits
    await turn(t, 107);
    expect(sends).toEqual([100]);
    await turn(t, 110); // 10 ms after the last send: leaves in this turn
    expect(sends).toEqual([100, 110]);
    await turn(t, 113);
    await turn(t, 121);
    expect(sends).toEqual([100, 110, 121]);
  });

  it("sends by a timer when no later turn comes: nothing waits longer than the interval", async () => {
    const t = make(10);
    await turn(t, 100);
    await turn(t, 103);
    await advance(9);
    expect(sends).toEqual([100]);
    await advance(1);
    expect(sends).toEqual([100, 113]);
    await advance(30);
    expect(sends).toEqual([100, 113]);
  });

  it("with interval 0 sends at the end of every turn that queued something", async () => {
    const t = make(0);
    await turn(t, 100, 3);
    await turn(t, 100, 2);
    await turn(t, 101);
    expect(sends).toEqual([100, 100, 101]);
  });

  it("close drops the timer: nothing is sent afterwards", async () => {
    const t = make(10);
    await turn(t, 100);
    await turn(t, 102);
    t.close();
    await advance(20);
    expect(sends).toEqual([100]);
  });
});
