import { describe, expect, it } from "vitest";
import { inviteStatus } from "./inviteStatus.ts";

const now = Date.parse("2026-03-01T12:00:00Z");
const base = { acceptedAt: null, revokedAt: null, expiresAt: "2026-03-08T12:00:00Z" };

describe("inviteStatus", () => {
  it("is pending before expiry", () => {
    expect(inviteStatus(base, now)).toBe("pending");
  });
  it("is expired after expiry", () => {
    expect(inviteStatus({ ...base, expiresAt: "2026-02-28T12:00:00Z" }, now)).toBe("expired");
  });
  it("prefers accepted and withdrawn over expiry", () => {
    expect(inviteStatus({ ...base, acceptedAt: "2026-03-01T00:00:00Z", expiresAt: "2026-01-01T00:00:00Z" }, now)).toBe("accepted");
    expect(inviteStatus({ ...base, revokedAt: "2026-03-01T00:00:00Z" }, now)).toBe("revoked");
  });
});
