import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../hooks/useSession.tsx";
import { LoadingState } from "../components/StatusViews.tsx";

/** Renders child routes for signed-in users; sends others to sign in and back. */
export function RequireAuth() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <LoadingState label="Checking you are signed in…" lines={0} />;
  if (user === null) {
    const next = location.pathname + location.search;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** `/`: partnerships when signed in, sign in otherwise. */
export function HomeRedirect() {
  const { user } = useSession();
  if (user === undefined) return <LoadingState label="Checking you are signed in…" lines={0} />;
  return <Navigate to={user ? "/partnerships" : "/signin"} replace />;
}
