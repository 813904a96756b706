import { useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { SignUpSchema } from "@jigsaw/shared/domain/user";
import { Limits } from "@jigsaw/shared/validations";
import { api } from "../../api/index.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSession } from "../../hooks/useSession.tsx";
import { errorsFromApi, validateWith, type FieldErrors } from "../../utils/formErrors.ts";
import { safeNext } from "../../utils/safeNext.ts";

const FIELDS = ["displayName", "email", "password"] as const;

/** Create an account; returns to `?next=` (e.g. an invite) afterwards. */
export function SignUpScene() {
  useDocumentTitle("Create an account");
  const { user, setUser } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [values, setValues] = useState({ displayName: "", email: "", password: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submits, setSubmits] = useState(0);
  const [busy, setBusy] = useState(false);

  if (user && !busy) return <Navigate to={next} replace />;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmits((n) => n + 1);
    const v = validateWith(SignUpSchema, values);
    if (!v.ok) return setErrors(v.errors);
    setBusy(true);
    try {
      const u = await api.signUp(v.data);
      setErrors({});
      setUser(u);
      navigate(next, { replace: true });
    } catch (err) {
      setErrors(errorsFromApi(err, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  const signInHref = params.get("next") ? `/signin?next=${encodeURIComponent(next)}` : "/signin";
  return (
    <div className="narrow">
      <ErrorSummary errors={errors} submitCount={submits} />
      <PageHeading>Create an account</PageHeading>
      <p className="lead">Jigsaw is where your partnership writes its place plan together.</p>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          name="displayName"
          label="Your name"
          hint="Other members of your partnerships will see this."
          autoComplete="name"
          value={values.displayName}
          error={errors.displayName}
          onChange={(e) => setValues({ ...values, displayName: e.target.value })}
        />
        <TextField
          name="email"
          label="Email address"
          hint="Only you see this. You use it to sign in."
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={values.email}
          error={errors.email}
          onChange={(e) => setValues({ ...values, email: e.target.value })}
        />
        <TextField
          name="password"
          label="Create a password"
          hint={`Use at least ${Limits.passwordMin} characters. A few unrelated words make a strong password you can remember.`}
          type="password"
          autoComplete="new-password"
          value={values.password}
          error={errors.password}
          onChange={(e) => setValues({ ...values, password: e.target.value })}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Creating your account…" : "Create account"}
        </button>
      </form>
      <p>
        Already have an account? <Link to={signInHref}>Sign in</Link>.
      </p>
    </div>
  );
}
