import { useState } from "react";
import { Link } from "react-router";
import { PasswordResetRequestSchema } from "@jigsaw/shared/domain/user";
import { api } from "../../api/index.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSchemaForm } from "../../hooks/useSchemaForm.ts";

/** Ask for a password reset link by email. */
export function ForgotPasswordScene() {
  useDocumentTitle("Reset your password");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: PasswordResetRequestSchema,
    initialValues: { email: "" },
    submit: async (data) => {
      await api.requestPasswordReset(data.email);
      setSentTo(data.email);
    },
  });

  if (sentTo) {
    return (
      <div className="narrow">
        <PageHeading>Check your email</PageHeading>
        <p className="lead">If {sentTo} belongs to a Jigsaw account, we have sent it a link to choose a new password.</p>
        <p>The link works once and expires soon. If nothing arrives in a few minutes, check your spam folder or ask again.</p>
        <p>
          <Link to="/signin">Back to sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <ErrorSummary {...form.summaryProps} />
      <PageHeading>Reset your password</PageHeading>
      <p className="lead">Enter the email address you sign in with. We will email you a link to choose a new password.</p>
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField {...form.field("email")} label="Email address" type="email" autoComplete="email" spellCheck={false} />
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? "Sending…" : "Send me a link"}
        </button>
      </form>
    </div>
  );
}
