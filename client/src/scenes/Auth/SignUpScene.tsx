import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { SignUpSchema } from "@jigsaw/shared/domain/user";
import { Limits } from "@jigsaw/shared/validations";
import { api } from "../../api/index.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSchemaForm } from "../../hooks/useSchemaForm.ts";
import { useSession } from "../../hooks/useSession.tsx";
import { safeNext } from "../../utils/safeNext.ts";

/** Create an account; returns to `?next=` (e.g. an invite) afterwards. */
export function SignUpScene() {
  useDocumentTitle("Create an account");
  const { user, setUser } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const form = useSchemaForm({
    schema: SignUpSchema,
    initialValues: { displayName: "", email: "", password: "" },
    submit: async (data) => {
      setUser(await api.signUp(data));
      navigate(next, { replace: true });
    },
  });

  if (user && !form.busy) return <Navigate to={next} replace />;

  const signInHref = params.get("next") ? `/signin?next=${encodeURIComponent(next)}` : "/signin";
  return (
    <div className="narrow">
      <ErrorSummary {...form.summaryProps} />
      <PageHeading>Create an account</PageHeading>
      <p className="lead">Jigsaw is where your partnership writes its place plan together.</p>
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField
          {...form.field("displayName")}
          label="Your name"
          hint="Other members of your partnerships will see this."
          autoComplete="name"
        />
        <TextField
          {...form.field("email")}
          label="Email address"
          hint="Only you see this. You use it to sign in."
          type="email"
          autoComplete="email"
          spellCheck={false}
        />
        <TextField
          {...form.field("password")}
          label="Create a password"
          hint={`Use at least ${Limits.passwordMin} characters. A few unrelated words make a strong password you can remember.`}
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? "Creating your account…" : "Create account"}
        </button>
      </form>
      <p>
        Already have an account? <Link to={signInHref}>Sign in</Link>.
      </p>
    </div>
  );
}
