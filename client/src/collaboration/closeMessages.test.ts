import { describe, expect, it } from "vitest";
import { CloseEvents } from "@jigsaw/shared/realtime/closeEvents";
import { closeOutcome } from "./closeMessages.ts";

describe("closeOutcome", () => {
  it("role change reconnects with a message", () => {
    expect(closeOutcome(4205)).toEqual({ message: "Your role changed — reconnecting", reconnect: true, denied: false, signedOut: false });
  });

  it("lost access and lost session stop reconnecting", () => {
    expect(closeOutcome(4403)).toMatchObject({ message: "You no longer have access", reconnect: false, denied: true });
    expect(closeOutcome(4404)).toMatchObject({ reconnect: false, denied: true });
    expect(closeOutcome(4401)).toMatchObject({ reconnect: false, signedOut: true });
  });

  it("network drops reconnect quietly", () => {
    expect(closeOutcome(1006)).toEqual({ message: null, reconnect: true, denied: false, signedOut: false });
  });

  it("every shared close code has a message and follows its reconnect flag", () => {
    for (const ev of Object.values(CloseEvents)) {
      const o = closeOutcome(ev.code);
      expect(o.message).toBeTruthy();
      expect(o.reconnect).toBe(ev.reconnect);
    }
  });
});
