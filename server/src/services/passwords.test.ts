import { describe, expect, it } from "vitest";
import { hashPassword, verifyDummy, verifyPassword } from "./passwords.ts";

describe("passwords", () => {
  it("hashes with argon2id at OWASP's minimum cost, salted", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a.startsWith("$argon2id$")).toBe(true);
    expect(a).toContain("m=19456,t=2,p=1");
    expect(a).not.toBe(b);
    expect(a).not.toContain("correct horse");
  });

  it("verifies the right password and rejects a wrong one", async () => {
    const h = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(h, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(h, "correct horse battery stapl")).toBe(false);
    expect(await verifyPassword(h, "")).toBe(false);
  });

  it("never throws on a malformed stored hash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
    expect(await verifyPassword("", "anything")).toBe(false);
  });

  it("handles long and non-ASCII passwords", async () => {
    const pw = "ŵ£lsh pässwörd 🧩 ".repeat(12);
    const h = await hashPassword(pw);
    expect(await verifyPassword(h, pw)).toBe(true);
    expect(await verifyPassword(h, pw.slice(0, -1))).toBe(false);
  });

  it("verifyDummy resolves without revealing anything", async () => {
    await expect(verifyDummy("whatever")).resolves.toBeUndefined();
  });
});
