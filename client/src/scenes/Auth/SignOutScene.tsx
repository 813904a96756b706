import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { errorMessage } from "../../api/index.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSession } from "../../hooks/useSession.tsx";

/** A page offering "Sign out" and "Sign out everywhere" (also in the account menu). */
export function SignOutScene() {
  useDocumentTitle("Sign out");
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function go(everywhere: boolean) {
    setBusy(true);
    setError(null);
    try {
      const n = await signOut(everywhere);
      const notice = everywhere ? `You have signed out on every device (${n} ${n === 1 ? "session" : "sessions"} ended).` : "You have signed out.";
      navigate("/signin", { state: { notice } });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  if (user === null) {
    return (
      <div className="narrow">
        <PageHeading>You are signed out</PageHeading>
        <p>
          <Link to="/signin">Sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageHeading>Sign out</PageHeading>
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <p>Sign out of Jigsaw on this device, or on every device where you are signed in (for example if you lost a phone or used a shared computer).</p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void go(false)}>
          Sign out
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void go(true)}>
          Sign out everywhere
        </button>
      </div>
    </div>
  );
}
