import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { errorMessage } from "../../api/index.ts";
import { useAnnounce } from "../../hooks/useAnnounce.tsx";
import { useDisclosure } from "../../hooks/useDisclosure.ts";
import { useLargeText } from "../../hooks/useLargeText.ts";
import { useSession } from "../../hooks/useSession.tsx";

/** Header account menu: who is signed in, large text, sign out, sign out everywhere. */
export function AccountMenu() {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [largeText, setLargeText] = useLargeText();
  const { open, toggle, containerRef, buttonRef } = useDisclosure();
  const [busy, setBusy] = useState(false);
  if (!user) return null;

  async function doSignOut(everywhere: boolean) {
    setBusy(true);
    try {
      const n = await signOut(everywhere);
      const notice = everywhere
        ? `You have signed out on every device (${n} ${n === 1 ? "session" : "sessions"} ended).`
        : "You have signed out.";
      navigate("/signin", { state: { notice } });
    } catch (e) {
      announce(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="popover popover--end" ref={containerRef}>
      <button type="button" ref={buttonRef} className="header-button" aria-expanded={open} aria-controls="account-menu" onClick={toggle}>
        <span className="visually-hidden">Account: </span>
        <span className="header-button__label">{user.displayName}</span>
        <span className="chevron" aria-hidden="true" />
      </button>
      <div id="account-menu" className="popover__panel" hidden={!open}>
        <p className="popover__heading">
          Signed in as <strong>{user.displayName}</strong>
          <span className="popover__sub">{user.email}</span>
        </p>
        <div className="popover__item">
          <button type="button" className="switch" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
            <span className="switch__track" aria-hidden="true">
              <span className="switch__thumb" />
            </span>
            Large text
          </button>
        </div>
        <ul className="popover__list">
          <li>
            <Link to="/partnerships">Your partnerships</Link>
          </li>
          <li>
            <Link to="/account">Notifications and email</Link>
          </li>
          <li>
            <Link to="/account/security">Sign-in and security</Link>
          </li>
          <li>
            <Link to="/account/data">Your data</Link>
          </li>
        </ul>
        <div className="popover__actions">
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void doSignOut(false)}>
            Sign out
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void doSignOut(true)}>
            Sign out everywhere
          </button>
        </div>
      </div>
    </div>
  );
}
