import { useEffect, useState } from "react";
import { Link, useLocation } from "react-router";
import { api } from "../../api/index.ts";
import { isApiError } from "../../api/ApiError.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { LoadingState } from "../../components/StatusViews.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSession } from "../../hooks/useSession.tsx";
import { linkToken } from "./ResetPasswordScene.tsx";

/** Confirm an email address from the emailed link. */
export function VerifyEmailScene() {
  useDocumentTitle("Confirm your email address");
  const location = useLocation();
  const { refresh } = useSession();
  const [state, setState] = useState<"working" | "done" | "invalid" | "failed">("working");
  useEffect(() => {
    const token = linkToken(location.hash);
    let live = true;
    api
      .verifyEmail(token)
      .then(() => {
        if (!live) return;
        setState("done");
        void refresh();
      })
      .catch((e: unknown) => live && setState(isApiError(e, "link_invalid", "validation_error") ? "invalid" : "failed"));
    return () => {
      live = false;
    };
  }, [location.hash, refresh]);

  if (state === "working") return <LoadingState label="Confirming your email address…" />;
  return (
    <div className="narrow">
      <PageHeading>{state === "done" ? "Email address confirmed" : "We could not confirm your email address"}</PageHeading>
      {state === "done" && <p className="lead">Thank you. You can reset your password by email if you ever forget it.</p>}
      {state === "invalid" && <p>This link has expired or has already been used. Ask for a new one under Account settings.</p>}
      {state === "failed" && <p>Something went wrong. Try the link again in a minute.</p>}
      <p>
        <Link to="/">Go to Jigsaw</Link>
      </p>
    </div>
  );
}
