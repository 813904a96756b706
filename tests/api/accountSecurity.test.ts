import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "@jigsaw/server/src/services/totp.ts";
import { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, joinAs, signedUpClient, uniqueEmail } from "../utils/apiFixtures.ts";
import { linkIn, readOutbox, tokenOf, waitForMail } from "../utils/mailOutbox.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

const PASSWORD = "correct horse battery staple";
const NEW_PASSWORD = "kettle orchard lantern ribbon";

/**
 * Password accounts the way community members expect them: a reset link by
 * email (read from the server's real `.eml` outbox), email verification, the
 * NCSC-style password policy and optional TOTP two-factor sign-in.
 */
describe("account security", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { PASSWORD_RESET_MINUTES: "5" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Ask for a reset link and read the new email it produces from the outbox. */
  async function resetLink(email: string): Promise<string> {
    const isReset = (m: { to: string[]; subject: string }) => m.to.includes(email) && /Reset your Jigsaw password/.test(m.subject);
    const before = (await readOutbox(server.dataDir)).filter(isReset).length;
    const r = await new ApiClient(server.origin).post("/api/auth/password-reset/request", { email });
    expect(r.status).toBe(202);
    const deadline = Date.now() + 5_000;
    for (;;) {
      const mails = (await readOutbox(server.dataDir)).filter(isReset);
      if (mails.length > before) return linkIn(mails[mails.length - 1]!, `${server.config.publicUrl}/reset-password#token=`);
      if (Date.now() > deadline) throw new Error(`no new reset email to ${email}`);
      await new Promise((res) => setTimeout(res, 50));
    }
  }

  describe("password policy", () => {
    it("refuses a password on the breached list (any case) and one that is the email, with a message a person can act on", async () => {
      for (const password of ["password1234", "PASSWORD1234", "qwertyuiop123"]) {
        const r = await new ApiClient(server.origin).post("/api/auth/signup", { email: uniqueEmail(), password, displayName: "Pat" });
        expect(r.status, password).toBe(400);
        expect(r.body.error.message).toMatch(/known to attackers/);
        expect(r.headers.getSetCookie()).toEqual([]);
      }
      const email = uniqueEmail("samename");
      const same = await new ApiClient(server.origin).post("/api/auth/signup", { email, password: email, displayName: "Pat" });
      expect(same.status).toBe(400);
      expect(same.body.error.message).toMatch(/email address or name/);
    });

    it("has no composition rules: a long lower-case passphrase with spaces is fine, too short is not", async () => {
      expect((await new ApiClient(server.origin).post("/api/auth/signup", { email: uniqueEmail(), password: "purple tractor sings", displayName: "Pat" })).status).toBe(201);
      const short = await new ApiClient(server.origin).post("/api/auth/signup", { email: uniqueEmail(), password: "Xk9#short", displayName: "Pat" });
      expect(short.status).toBe(400);
    });
  });

  describe("password reset", () => {
    it("emails a single-use link; the new password works, the old one and every old session do not", async () => {
      const email = uniqueEmail("reset");
      const c = new ApiClient(server.origin);
      await c.signUp(email, "Rita Reset", PASSWORD);
      expect((await c.get("/api/auth/me")).status).toBe(200);

      const link = await resetLink(email);
      const mail = await waitForMail(server.dataDir, email, /Reset your Jigsaw password/);
      expect(mail.text).toContain("works once, for 5 minutes");
      const token = tokenOf(link);

      const anon = new ApiClient(server.origin);
      const reset = await anon.post("/api/auth/password-reset", { token, password: NEW_PASSWORD });
      expect(reset.status).toBe(204);
      // the session that was open before is gone (whoever knew the old password is out)
      expect((await c.get("/api/auth/me")).status).toBe(401);
      expect((await anon.post("/api/auth/signin", { email, password: PASSWORD })).status).toBe(401);
      const signin = await anon.post("/api/auth/signin", { email, password: NEW_PASSWORD });
      expect(signin.status).toBe(200);
      // the link reached the inbox, so the address is verified
      expect(signin.body.data.emailVerified).toBe(true);

      // single use
      const again = await new ApiClient(server.origin).post("/api/auth/password-reset", { token, password: "another fresh passphrase" });
      expect(again.status).toBe(400);
      expect(again.body.error.id).toBe("link_invalid");
    });

    it("the answer is the same for an unknown email, and no email is written for it", async () => {
      const unknown = uniqueEmail("nobody");
      const before = (await readOutbox(server.dataDir)).length;
      const r = await new ApiClient(server.origin).post("/api/auth/password-reset/request", { email: unknown });
      const known = uniqueEmail("known");
      await new ApiClient(server.origin).signUp(known);
      const k = await new ApiClient(server.origin).post("/api/auth/password-reset/request", { email: known });
      expect(r.status).toBe(202);
      expect(r.body).toEqual(k.body);
      await waitForMail(server.dataDir, known, /Reset/);
      expect((await readOutbox(server.dataDir)).slice(before).some((m) => m.to.includes(unknown))).toBe(false);
    });

    it("a refused new password leaves the link usable; a newer link replaces an older one", async () => {
      const email = uniqueEmail("replace");
      await new ApiClient(server.origin).signUp(email);
      const first = tokenOf(await resetLink(email));
      const weak = await new ApiClient(server.origin).post("/api/auth/password-reset", { token: first, password: "password1234" });
      expect(weak.status).toBe(400);
      expect(weak.body.error.id).toBe("validation_error");
      const second = tokenOf(await resetLink(email));
      expect(second).not.toBe(first);
      expect((await new ApiClient(server.origin).post("/api/auth/password-reset", { token: first, password: NEW_PASSWORD })).body.error.id).toBe("link_invalid");
      expect((await new ApiClient(server.origin).post("/api/auth/password-reset", { token: second, password: NEW_PASSWORD })).status).toBe(204);
    });

    it("an expired link is refused, and only the hash of the secret is stored", async () => {
      const email = uniqueEmail("expired");
      const user = await new ApiClient(server.origin).signUp(email);
      const token = tokenOf(await resetLink(email));
      const { hashToken } = await import("@jigsaw/server/src/utils/ids.ts");
      expect(await server.ctx.storage.authTokens.findById(token)).toBeNull();
      const stored = await server.ctx.storage.authTokens.findById(hashToken(token));
      expect(stored).toMatchObject({ userId: user.id, purpose: "password_reset", usedAt: null });
      // Age the link past its 5 minutes (the store's clock is the record).
      const { db } = server.ctx.storage as unknown as { db: { prepare(sql: string): { run(...a: unknown[]): unknown } } };
      db.prepare("UPDATE auth_tokens SET expires_at = ? WHERE id = ?").run(new Date(Date.now() - 1000).toISOString(), hashToken(token));
      const r = await new ApiClient(server.origin).post("/api/auth/password-reset", { token, password: NEW_PASSWORD });
      expect(r.status).toBe(400);
      expect(r.body.error.id).toBe("link_invalid");
    });
  });

  describe("email verification", () => {
    it("sign-up sends a verification link; following it verifies the address, once", async () => {
      const email = uniqueEmail("verify");
      const c = new ApiClient(server.origin);
      const user = await c.signUp(email);
      expect(user).toMatchObject({ emailVerified: false, twoFactorEnabled: false });
      const mail = await waitForMail(server.dataDir, email, /Confirm your email address/);
      const token = tokenOf(linkIn(mail, `${server.config.publicUrl}/verify-email#token=`));
      const r = await new ApiClient(server.origin).post("/api/auth/verify-email", { token });
      expect(r.status).toBe(200);
      expect(r.body.data).toEqual({ emailVerified: true });
      expect((await c.get("/api/auth/me")).body.data.emailVerified).toBe(true);
      expect((await new ApiClient(server.origin).post("/api/auth/verify-email", { token })).body.error.id).toBe("link_invalid");
      // nothing to resend once verified
      expect((await c.post("/api/auth/verify-email/resend", {})).body.data).toEqual({ sent: false });
    });

    it("a reset link is not a verification link (purposes are separate)", async () => {
      const email = uniqueEmail("purpose");
      await new ApiClient(server.origin).signUp(email);
      const token = tokenOf(await resetLink(email));
      expect((await new ApiClient(server.origin).post("/api/auth/verify-email", { token })).body.error.id).toBe("link_invalid");
    });
  });

  describe("two-factor sign-in (TOTP)", () => {
    async function withTotp() {
      const email = uniqueEmail("totp");
      const c = new ApiClient(server.origin);
      await c.signUp(email);
      const setup = await c.post("/api/auth/totp/setup", {});
      expect(setup.status).toBe(200);
      const { secret, uri } = setup.body.data as { secret: string; uri: string };
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(uri).toMatch(/^otpauth:\/\/totp\/Jigsaw:/);
      expect(uri).toContain(`secret=${secret}`);
      return { email, c, secret };
    }

    it("is turned on only with a right code from the new secret", async () => {
      const { c, secret } = await withTotp();
      const wrong = await c.post("/api/auth/totp/enable", { secret, code: totpCode(secret, Date.now() - 10 * 60_000) });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.id).toBe("invalid_two_factor_code");
      expect((await c.get("/api/auth/me")).body.data.twoFactorEnabled).toBe(false);
      const on = await c.post("/api/auth/totp/enable", { secret, code: totpCode(secret) });
      expect(on.status).toBe(200);
      expect(on.body.data.twoFactorEnabled).toBe(true);
      expect(JSON.stringify(on.body)).not.toContain(secret);
    });

    it("sign-in then asks for the code (only after the right password); a wrong code is refused; the right one signs in, once", { timeout: 30_000 }, async () => {
      const { email, c, secret } = await withTotp();
      // each code is used once, and one step of clock drift either way is accepted: the steps before, at and after now
      // (taken well inside a 30 s step, so that the server sees the same "now" step)
      const intoStep = Date.now() % 30_000;
      if (intoStep > 20_000) await new Promise((r) => setTimeout(r, 30_100 - intoStep));
      const [previous, current, next] = [-30_000, 0, 30_000].map((d) => totpCode(secret, Date.now() + d)) as [string, string, string];
      expect((await c.post("/api/auth/totp/enable", { secret, code: previous })).status).toBe(200);

      const wrongPassword = await new ApiClient(server.origin).post("/api/auth/signin", { email, password: "not the password at all" });
      expect(wrongPassword.body.error.id).toBe("invalid_credentials");

      const noCode = await new ApiClient(server.origin).post("/api/auth/signin", { email, password: PASSWORD });
      expect(noCode.status).toBe(401);
      expect(noCode.body.error.id).toBe("two_factor_required");
      expect(noCode.headers.getSetCookie()).toEqual([]);

      const badCode = await new ApiClient(server.origin).post("/api/auth/signin", { email, password: PASSWORD, code: totpCode(secret, Date.now() - 5 * 60_000) });
      expect(badCode.status).toBe(401);
      expect(badCode.body.error.id).toBe("invalid_two_factor_code");
      expect(badCode.headers.getSetCookie()).toEqual([]);

      const fresh = new ApiClient(server.origin);
      const ok = await fresh.post("/api/auth/signin", { email, password: PASSWORD, code: current });
      expect(ok.status).toBe(200);
      expect((await fresh.get("/api/auth/me")).body.data.twoFactorEnabled).toBe(true);

      // a code seen once (over a shoulder, in a phishing page's log) does not sign in again, nor does an older one
      const replay = await new ApiClient(server.origin).post("/api/auth/signin", { email, password: PASSWORD, code: current });
      expect(replay.status).toBe(401);
      expect(replay.body.error.id).toBe("invalid_two_factor_code");
      expect((await new ApiClient(server.origin).post("/api/auth/signin", { email, password: PASSWORD, code: previous })).status).toBe(401);

      // turning it off needs a current code too
      expect((await fresh.post("/api/auth/totp/disable", { code: "000000" })).status).toBe(401);
      expect((await fresh.post("/api/auth/totp/disable", { code: next })).body.data.twoFactorEnabled).toBe(false);
      expect((await new ApiClient(server.origin).post("/api/auth/signin", { email, password: PASSWORD })).status).toBe(200);
    });

    it("a facilitator can require it for the partnership: members without it are held back until they turn it on", async () => {
      const fac = await signedUpClient(server, "fac");
      const p = await createPartnership(fac.client);
      const plan = await createPlan(fac.client, p.id);
      const member = await joinAs(server, fac.client, p.id, "editor");
      expect((await member.client.get(`/api/plans/${plan.id}`)).status).toBe(200);

      // not before the facilitator has it on themselves
      const early = await fac.client.patch(`/api/partnerships/${p.id}`, { requireTwoFactor: true });
      expect(early.status).toBe(409);
      const facSecret = ((await fac.client.post("/api/auth/totp/setup", {})).body.data as { secret: string }).secret;
      expect((await fac.client.post("/api/auth/totp/enable", { secret: facSecret, code: totpCode(facSecret) })).status).toBe(200);
      const on = await fac.client.patch(`/api/partnerships/${p.id}`, { requireTwoFactor: true });
      expect(on.status).toBe(200);
      expect(on.body.data.twoFactorRequired).toBe(true);

      // the member is told what to do, on the partnership, its plans and their comments
      for (const path of [`/api/partnerships/${p.id}`, `/api/plans/${plan.id}`]) {
        const r = await member.client.get(path);
        expect(r.status, path).toBe(403);
        expect(r.body.error.id).toBe("two_factor_setup_required");
      }
      // their list still shows the partnership, marked, so the client can explain
      const list = await member.client.get("/api/partnerships");
      expect(list.body.data.find((x: { id: string }) => x.id === p.id)?.twoFactorRequired).toBe(true);
      // the facilitator (with it on) carries on
      expect((await fac.client.get(`/api/plans/${plan.id}`)).status).toBe(200);

      const secret = ((await member.client.post("/api/auth/totp/setup", {})).body.data as { secret: string }).secret;
      expect((await member.client.post("/api/auth/totp/enable", { secret, code: totpCode(secret) })).status).toBe(200);
      expect((await member.client.get(`/api/plans/${plan.id}`)).status).toBe(200);

      // the change is in the partnership's audit trail
      const audit = await server.ctx.storage.audit.listForPartnership(p.id, 10);
      expect(audit.map((a) => a.action)).toContain("partnership.two_factor_required");
    });
  });
});
