import { describe, expect, it } from "vitest";
import { InvariantError } from "./errors.ts";
import { assertInviteClaimed, assertNotYetMember } from "./invite.ts";

function invariantOf(f: () => void): string | null {
  try {
    f();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(InvariantError);
    return (e as InvariantError).invariant;
  }
}

describe("accepting an invite", () => {
  it("refuses an existing member with 'already_member'", () => {
    expect(invariantOf(() => assertNotYetMember(true))).toBe("already_member");
    expect(invariantOf(() => assertNotYetMember(false))).toBeNull();
  });

  it("refuses an invite the store could not claim (used, revoked or expired) with 'invite_used'", () => {
    expect(invariantOf(() => assertInviteClaimed(false))).toBe("invite_used");
    expect(invariantOf(() => assertInviteClaimed(true))).toBeNull();
  });
});
