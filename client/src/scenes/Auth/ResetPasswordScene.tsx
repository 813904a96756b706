import { useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { PasswordResetSchema } from "@jigsaw/shared/domain/user";
import { Limits } from "@jigsaw/shared/validations";
import { api } from "../../api/index.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSchemaForm } from "../../hooks/useSchemaForm.ts";
import { useSession } from "../../hooks/useSession.tsx";

/** The secret of an emailed link, from the URL fragment (`#token=...`: never sent to the server in a page request). */
export function linkToken(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}

/** Choose a new password with the emailed link; then sign in again. */
export function ResetPasswordScene() {
  useDocumentTitle("Choose a new password");
  const location = useLocation();
  const navigate = useNavigate();
  const { setUser } = useSession();
  const [token] = useState(() => linkToken(location.hash));
  const form = useSchemaForm({
    schema: PasswordResetSchema,
    initialValues: { password: "" },
    toInput: (v) => ({ token, password: v.password }),
    fields: ["password"],
    apiMessages: { link_invalid: "This link has expired or has already been used. Ask for a new one below." },
    submit: async (data) => {
      await api.resetPassword(data.token, data.password);
      setUser(null);
      navigate("/signin", { replace: true, state: { notice: "Your password has been changed. Sign in with your new password." } });
    },
    afterSuccess: "stay-busy",
  });

  if (!token) {
    return (
      <div className="narrow">
        <PageHeading>This link is not complete</PageHeading>
        <p>Open the link from your email again, or <Link to="/forgot-password">ask for a new one</Link>.</p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <ErrorSummary {...form.summaryProps} />
      <PageHeading>Choose a new password</PageHeading>
      <p className="lead">After you save it, you will be signed out everywhere and can sign in with the new password.</p>
      <form onSubmit={form.handleSubmit} noValidate>
        <TextField
          {...form.field("password")}
          label="New password"
          hint={`Use at least ${Limits.passwordMin} characters. Three random words work well. Passwords known from data breaches are refused.`}
          type="password"
          autoComplete="new-password"
        />
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? "Saving…" : "Save new password"}
        </button>
      </form>
      {form.apiError?.id === "link_invalid" && (
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      )}
    </div>
  );
}
