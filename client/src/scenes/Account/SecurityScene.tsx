import { useState } from "react";
import { TotpCodeSchema, type TotpSetup } from "@jigsaw/shared/domain/user";
import { z } from "zod";
import { api, errorMessage } from "../../api/index.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSchemaForm } from "../../hooks/useSchemaForm.ts";
import { useSession } from "../../hooks/useSession.tsx";

const CodeSchema = z.strictObject({ code: TotpCodeSchema });

/** The secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

/** Account security: email verification and two-factor sign-in (TOTP). */
export function SecurityScene() {
  useDocumentTitle("Sign-in and security");
  const { user, setUser } = useSession();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const enable = useSchemaForm({
    schema: CodeSchema,
    initialValues: { code: "" },
    idPrefix: "enable-",
    apiMessages: { invalid_two_factor_code: "That code is not right. Check the app shows Jigsaw and type the newest code." },
    submit: async (data) => {
      if (!setup) return;
      setUser(await api.enableTotp(setup.secret, data.code));
      setSetup(null);
      setNotice("Two-factor sign-in is on. Next time you sign in, Jigsaw will ask for a code from your app.");
    },
    afterSuccess: "reset",
  });
  const disable = useSchemaForm({
    schema: CodeSchema,
    initialValues: { code: "" },
    idPrefix: "disable-",
    apiMessages: { invalid_two_factor_code: "That code is not right. Type the newest code your app shows." },
    submit: async (data) => {
      setUser(await api.disableTotp(data.code));
      setNotice("Two-factor sign-in is off.");
    },
    afterSuccess: "reset",
  });

  if (!user) return null;

  async function begin() {
    setProblem(null);
    setNotice(null);
    try {
      setSetup(await api.startTotpSetup());
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  async function resend() {
    setProblem(null);
    try {
      const sent = await api.resendVerification();
      setNotice(sent ? `We have sent a new link to ${user?.email}.` : "Your email address is already confirmed.");
    } catch (e) {
      setProblem(errorMessage(e));
    }
  }

  return (
    <>
      <PageHeading caption="Account settings">Sign-in and security</PageHeading>
      {notice && (
        <div className="notice notice--success" role="status">
          <p>{notice}</p>
        </div>
      )}
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
        </div>
      )}

      <section aria-labelledby="email-heading">
        <h2 id="email-heading">Email address</h2>
        <p>
          {user.email}: {user.emailVerified ? "confirmed." : "not confirmed yet."}
        </p>
        {!user.emailVerified && (
          <button type="button" className="button button--secondary" onClick={() => void resend()}>
            Send the confirmation link again
          </button>
        )}
      </section>

      <section aria-labelledby="totp-heading">
        <h2 id="totp-heading">Two-factor sign-in</h2>
        <p>
          With two-factor sign-in on, signing in needs your password and a 6-digit code from an authenticator app on your phone (such as
          Microsoft Authenticator, Google Authenticator or 1Password). A partnership can ask every member to turn it on.
        </p>
        {user.twoFactorEnabled ? (
          <>
            <p>
              <strong>Two-factor sign-in is on.</strong>
            </p>
            <ErrorSummary {...disable.summaryProps} />
            <form onSubmit={disable.handleSubmit} noValidate>
              <TextField
                {...disable.field("code")}
                label="To turn it off, enter a code from your app"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
              />
              <button type="submit" className="button button--secondary" disabled={disable.busy}>
                Turn off two-factor sign-in
              </button>
            </form>
          </>
        ) : setup ? (
          <>
            <ol>
              <li>
                In your authenticator app, add an account. On this phone you can <a href={setup.uri}>open the set-up link</a>; otherwise
                choose to enter a key and type this one:
                <p className="totp-secret">
                  <code data-testid="totp-secret">{grouped(setup.secret)}</code>
                </p>
              </li>
              <li>Type the 6-digit code the app now shows for Jigsaw.</li>
            </ol>
            <ErrorSummary {...enable.summaryProps} />
            <form onSubmit={enable.handleSubmit} noValidate>
              <TextField {...enable.field("code")} label="Code from your app" inputMode="numeric" autoComplete="one-time-code" maxLength={7} />
              <button type="submit" className="button" disabled={enable.busy}>
                {enable.busy ? "Checking…" : "Turn on two-factor sign-in"}
              </button>
            </form>
          </>
        ) : (
          <button type="button" className="button" onClick={() => void begin()}>
            Set up two-factor sign-in
          </button>
        )}
      </section>
    </>
  );
}
