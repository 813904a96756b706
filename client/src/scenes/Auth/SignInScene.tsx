import { useEffect, useState } from "react";
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { SignInSchema } from "@jigsaw/shared/domain/user";
import { api } from "../../api/index.ts";
import { isApiError } from "../../api/ApiError.ts";
import type { SsoProvider } from "../../api/auth.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSchemaForm } from "../../hooks/useSchemaForm.ts";
import { useSession } from "../../hooks/useSession.tsx";
import { safeNext } from "../../utils/safeNext.ts";

/** What went wrong with single sign-on (`/signin?sso=...`, set by the server's callback). */
const SSO_PROBLEMS: Record<string, string> = {
  domain: "That organisation account cannot sign in to Jigsaw here. Use the email address your partnership invited, or ask your facilitator.",
  failed: "Signing in with your organisation did not work. Try again.",
  expired: "Signing in with your organisation took too long or was interrupted. Try again.",
};

/**
 * Sign in with email and password (and, when the account has two-factor
 * sign-in on, the code the server then asks for); returns to `?next=` afterwards.
 */
export function SignInScene() {
  useDocumentTitle("Sign in");
  const { user, setUser } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [needsCode, setNeedsCode] = useState(false);
  const [providers, setProviders] = useState<SsoProvider[]>([]);
  useEffect(() => {
    const ac = new AbortController();
    api.listSsoProviders(ac.signal).then(setProviders, () => setProviders([]));
    return () => ac.abort();
  }, []);
  const ssoProblem = SSO_PROBLEMS[params.get("sso") ?? ""];
  const form = useSchemaForm({
    schema: SignInSchema,
    initialValues: { email: "", password: "", code: "" },
    toInput: (v) => ({ email: v.email, password: v.password, code: needsCode ? v.code : undefined }),
    fields: needsCode ? ["email", "password", "code"] : ["email", "password"],
    apiMessages: {
      invalid_credentials: "The email address or password is not right. Check them and try again.",
      two_factor_required: "Enter the 6-digit code from your authenticator app.",
      invalid_two_factor_code: "That code is not right. Use the newest code your authenticator app shows.",
    },
    submit: async (data) => {
      try {
        setUser(await api.signIn(data));
      } catch (e) {
        if (isApiError(e, "two_factor_required")) setNeedsCode(true);
        throw e;
      }
      navigate(next, { replace: true });
    },
  });

  if (user && !form.busy) return <Navigate to={next} replace />;

  const signUpHref = params.get("next") ? `/signup?next=${encodeURIComponent(next)}` : "/signup";
  return (
    <div className="narrow">
      {notice && (
        <div className="notice notice--success" role="status">
          <p>{notice}</p>
        </div>
      )}
      {ssoProblem && (
        <div className="notice notice--error" role="alert">
          <p>{ssoProblem}</p>
        </div>
      )}
      <ErrorSummary {...form.summaryProps} />
      <PageHeading>Sign in</PageHeading>
      {providers.length > 0 && (
        <div className="sso-options">
          {providers.map((p) => (
            <a key={p.id} className="button button--secondary" href={`${p.startUrl}?next=${encodeURIComponent(next)}`}>
              Sign in with {p.name}
            </a>
          ))}
          <p>Or sign in with your email address and Jigsaw password:</p>
        </div>
      )}
      {params.get("next")?.startsWith("/invite/") && (
        <p className="lead">Sign in to see your invite. If you are new to Jigsaw, create an account first.</p>
      )}
      <form onSubmit={form.handleSubmit} noValidate aria-describedby="signin-help">
        <TextField {...form.field("email")} label="Email address" type="email" autoComplete="email" spellCheck={false} />
        <TextField {...form.field("password")} label="Password" type="password" autoComplete="current-password" />
        {needsCode && (
          <TextField
            {...form.field("code")}
            label="Code from your authenticator app"
            hint="Open the app you set up for Jigsaw and type the 6-digit code it shows now."
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            autoFocus
          />
        )}
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p id="signin-help">
        New to Jigsaw? <Link to={signUpHref}>Create an account</Link>.
      </p>
      <p>
        <Link to="/forgot-password">Forgotten your password?</Link>
      </p>
    </div>
  );
}
