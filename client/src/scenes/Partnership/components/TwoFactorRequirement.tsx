import { useState } from "react";
import { Link } from "react-router";
import { api, errorMessage } from "../../../api/index.ts";
import { useSession } from "../../../hooks/useSession.tsx";
import { usePartnershipContext } from "../usePartnershipContext.ts";

/**
 * Facilitators: ask every member to sign in with two-factor. Members without
 * it on are held back (told to turn it on) until they do.
 */
export function TwoFactorRequirement() {
  const { partnership, policies, reload } = usePartnershipContext();
  const { user } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!policies.update) return null;
  const on = partnership.twoFactorRequired;

  async function toggle() {
    setBusy(true);
    setProblem(null);
    try {
      await api.updatePartnership(partnership.id, { requireTwoFactor: !on });
      reload();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="two-factor-heading" className="two-factor-requirement">
      <h3 id="two-factor-heading">Two-factor sign-in</h3>
      <p>
        {on
          ? "Every member must sign in with a code from an authenticator app. Members who have not turned it on are asked to before they can see this partnership."
          : "Members choose for themselves whether to sign in with a code from an authenticator app as well as their password."}
      </p>
      {!on && !user?.twoFactorEnabled && (
        <p>
          To require it of every member, first <Link to="/account/security">turn it on for your own account</Link>.
        </p>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button button--secondary" disabled={busy || (!on && !user?.twoFactorEnabled)} onClick={() => void toggle()}>
        {on ? "Make two-factor sign-in optional" : "Require two-factor sign-in for every member"}
      </button>
    </section>
  );
}
