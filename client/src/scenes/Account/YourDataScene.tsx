import { Link, useNavigate } from "react-router";
import { AccountEraseSchema } from "@jigsaw/shared/domain/user";
import { api } from "../../api/index.ts";
import { YOUR_DATA_URL } from "../../api/auth.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSchemaForm } from "../../hooks/useSchemaForm.ts";
import { useSession } from "../../hooks/useSession.tsx";

/** Your data: download everything Jigsaw holds about you; delete your account. */
export function YourDataScene() {
  useDocumentTitle("Your data");
  const { user, setUser } = useSession();
  const navigate = useNavigate();
  const twoFactor = !!user?.twoFactorEnabled;
  const form = useSchemaForm({
    schema: AccountEraseSchema,
    initialValues: { password: "", code: "" },
    toInput: (v) => ({ password: v.password, code: twoFactor ? v.code : undefined }),
    fields: twoFactor ? ["password", "code"] : ["password"],
    apiMessages: {
      invalid_credentials: "That password is not right.",
      last_facilitator: "You are the only facilitator of a partnership. Make another member a facilitator first, then delete your account.",
      invalid_two_factor_code: "That code is not right. Type the newest code your app shows.",
    },
    submit: async (data) => {
      await api.eraseMyAccount(data.password, data.code);
      setUser(null);
      navigate("/signin", { replace: true, state: { notice: "Your account has been deleted." } });
    },
    afterSuccess: "stay-busy",
  });
  if (!user) return null;

  return (
    <>
      <PageHeading caption="Account settings">Your data</PageHeading>
      <section aria-labelledby="download-heading">
        <h2 id="download-heading">Download your data</h2>
        <p>
          Get a copy of everything Jigsaw holds about you as a JSON file: your account, memberships, comments, agreement responses,
          notifications, settings and audit entries about you. Plans you co-wrote are shared work: export them from the plan.
        </p>
        <a className="button button--secondary" href={YOUR_DATA_URL} download>
          Download your data (JSON)
        </a>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete your account</h2>
        <p>
          Your name, email address, password, sessions and settings are deleted and you leave every partnership. What you wrote in plans,
          your comments and your organisation&apos;s agreement responses stay, shown as written by a former member of your organisation,
          so that partners&apos; records stay complete. This cannot be undone. See the <Link to="/privacy">privacy notice</Link>.
        </p>
        <ErrorSummary {...form.summaryProps} />
        <form onSubmit={form.handleSubmit} noValidate>
          <TextField {...form.field("password")} label="Your password" type="password" autoComplete="current-password" />
          {twoFactor && <TextField {...form.field("code")} label="Code from your authenticator app" inputMode="numeric" autoComplete="one-time-code" maxLength={7} />}
          <button type="submit" className="button button--warning" disabled={form.busy}>
            {form.busy ? "Deleting…" : "Delete my account"}
          </button>
        </form>
      </section>
    </>
  );
}
