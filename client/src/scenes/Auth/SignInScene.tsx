import { useState, type FormEvent } from "react";
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { SignInSchema } from "@jigsaw/shared/domain/user";
import { api, isApiError } from "../../api/index.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSession } from "../../hooks/useSession.tsx";
import { errorsFromApi, validateWith, type FieldErrors } from "../../utils/formErrors.ts";
import { safeNext } from "../../utils/safeNext.ts";

/** Sign in with email and password; returns to `?next=` afterwards. */
export function SignInScene() {
  useDocumentTitle("Sign in");
  const { user, setUser } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [values, setValues] = useState({ email: "", password: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const [busy, setBusy] = useState(false);

  if (user && !busy) return <Navigate to={next} replace />;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmits((n) => n + 1);
    const v = validateWith(SignInSchema, values);
    if (!v.ok) return setErrors(v.errors);
    setBusy(true);
    try {
      const u = await api.signIn(v.data);
      setErrors({});
      setUser(u);
      navigate(next, { replace: true });
    } catch (err) {
      setErrors(
        isApiError(err, "invalid_credentials")
          ? { _form: "The email address or password is not right. Check them and try again." }
          : errorsFromApi(err, ["email", "password"]),
      );
    } finally {
      setBusy(false);
    }
  }

  const signUpHref = params.get("next") ? `/signup?next=${encodeURIComponent(next)}` : "/signup";
  return (
    <div className="narrow">
      {notice && (
        <div className="notice notice--success" role="status">
          <p>{notice}</p>
        </div>
      )}
      <ErrorSummary errors={errors} submitCount={submits} />
      <PageHeading>Sign in</PageHeading>
      {params.get("next")?.startsWith("/invite/") && (
        <p className="lead">Sign in to see your invite. If you are new to Jigsaw, create an account first.</p>
      )}
      <form onSubmit={onSubmit} noValidate aria-describedby="signin-help">
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={values.email}
          error={errors.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={values.password}
          error={errors.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p id="signin-help">
        New to Jigsaw? <Link to={signUpHref}>Create an account</Link>.
      </p>
    </div>
  );
}
