import { Suspense } from "react";
import { Link, Outlet } from "react-router";
import { useRouteFocus } from "../../hooks/useRouteFocus.ts";
import { useSession } from "../../hooks/useSession.tsx";
import { LoadingState } from "../StatusViews.tsx";
import { AccountMenu } from "./AccountMenu.tsx";
import { PartnershipSwitcher } from "./PartnershipSwitcher.tsx";
import { Wordmark } from "./Wordmark.tsx";
import { NotificationBell } from "../../notifications/NotificationBell.tsx";
import { HeaderSearch } from "../../search/HeaderSearch.tsx";

/**
 * The page frame every route renders in: skip link, header (wordmark,
 * partnership switcher, account menu), main landmark and footer.
 */
export function AppShell() {
  const { user } = useSession();
  useRouteFocus();
  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner width-container">
          <Wordmark />
          {user && (
            <nav className="site-header__nav" aria-label="Account and partnerships">
              <Link className="header-link" to="/outcomes">Outcomes</Link>
              <HeaderSearch />
              <PartnershipSwitcher />
              <NotificationBell />
              <AccountMenu />
            </nav>
          )}
          {user === null && (
            <nav className="site-header__nav" aria-label="Account">
              <Link className="header-link" to="/signin">
                Sign in
              </Link>
            </nav>
          )}
        </div>
      </header>
      <main id="main-content" className="main width-container" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="width-container site-footer__inner">
          <p>
            <strong>Jigsaw</strong>: one place plan, written together by council, NHS, voluntary and community partners.
          </p>
          <p className="site-footer__meta">
            Plans you write here are shared with the members of your partnership only.
          </p>
          <nav aria-label="About this service">
            <ul className="site-footer__links">
              <li>
                <Link to="/privacy">Privacy notice</Link>
              </li>
              <li>
                <Link to="/accessibility">Accessibility statement</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}
