import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { PageHeading } from "../components/PageHeading.tsx";

/**
 * Shown when a page fails to render or its code fails to load (for example
 * after Jigsaw was updated while the page was open). Keeps the app shell.
 */
export function RouteError() {
  const error = useRouteError();
  const chunkFailed = error instanceof Error && /dynamically imported module|Importing a module script failed|Loading chunk/i.test(error.message);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="narrow" role="alert">
      <PageHeading>{notFound ? "Page not found" : chunkFailed ? "Jigsaw has been updated" : "Sorry, something went wrong"}</PageHeading>
      <p>
        {notFound
          ? "Check the web address is correct."
          : chunkFailed
            ? "A newer version of Jigsaw is available. Reload the page to carry on; nothing you saved is lost."
            : "This page could not be shown. Reload the page to try again. If it keeps happening, tell your partnership’s facilitator."}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to="/partnerships" className="button button--secondary">
          Go to your partnerships
        </Link>
      </div>
    </div>
  );
}
