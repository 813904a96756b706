import { Link } from "react-router";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";

/** Any unknown path. */
export function NotFoundScene() {
  useDocumentTitle("Page not found");
  return (
    <div className="narrow">
      <PageHeading>Page not found</PageHeading>
      <p>If you typed the web address, check it is correct. If you followed an invite link, ask the person who sent it for a new one.</p>
      <p>
        <Link to="/partnerships">Go to your partnerships</Link>
      </p>
    </div>
  );
}
