import { Link } from "react-router";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useSession } from "../../hooks/useSession.tsx";

/**
 * The privacy notice (UK GDPR Articles 13 and 14), written for Jigsaw. The
 * organisation that runs an installation is the controller; it fills in its
 * own name and data protection officer where this page says so. Keep the
 * periods in step with docs/information-governance.md and the defaults in env.ts.
 */
export function PrivacyScene() {
  useDocumentTitle("Privacy notice");
  const { user } = useSession();
  return (
    <div className="prose">
      <PageHeading>Privacy notice</PageHeading>
      <p className="lead">
        Jigsaw is where council, NHS, voluntary and community partners write one place plan together. This notice says what personal data
        Jigsaw holds about you, why, for how long, who sees it and what your rights are.
      </p>

      <h2>Who is responsible for your data</h2>
      <p>
        The organisation that runs this Jigsaw service for your partnership is the data controller. Usually that is the lead body of the
        partnership (for example the council or the integrated care board). Your partnership&apos;s facilitator can tell you which
        organisation it is and how to reach its data protection officer.
      </p>

      <h2>What we hold about you</h2>
      <ul>
        <li>Your account: your name, email address, when you created the account, whether you confirmed your email address, and whether two-factor sign-in is on. Your password is stored only as a one-way hash.</li>
        <li>Your memberships: which partnerships you belong to, your organisation, sector and role in each.</li>
        <li>What you write: plan text you edit (each change is recorded with who made it), comments, replies and reactions, and your organisation&apos;s responses in agreement rounds, with your role and the time.</li>
        <li>Notifications for you, your email preferences, and when you last looked at each plan (to show what changed since).</li>
        <li>Sessions: when you signed in and were last active, so that you stay signed in and can sign out everywhere.</li>
        <li>An audit trail of actions that matter for the partnership&apos;s record: joining, role changes, agreement rounds, named and restored versions, exports.</li>
        <li>Server logs for security and troubleshooting. They never contain passwords, session cookies or links&apos; secrets.</li>
      </ul>
      <p>Jigsaw uses one cookie, to keep you signed in. It does not use advertising or analytics cookies and does not track you across other websites.</p>

      <h2>Why we hold it, and the lawful basis</h2>
      <p>
        To let the partnership plan, comment and agree together and to keep a trustworthy record of who agreed what, when and for which
        organisation. For councils and NHS bodies the lawful basis is usually public task (UK GDPR Article 6(1)(e)); for other controllers
        it is legitimate interests (Article 6(1)(f)). Jigsaw is not meant for special category data such as health records about
        individuals: do not put personal details of patients or residents in plans or comments.
      </p>

      <h2>Who can see it</h2>
      <ul>
        <li>Members of your partnership see your name, organisation, sector and role, what you write and your organisation&apos;s responses. They do not see your email address.</li>
        <li>Facilitators also see the partnership&apos;s audit trail.</li>
        <li>The organisation running the service, and its hosting and email providers acting on its instructions, can access the data to run and support the service.</li>
      </ul>

      <h2>How long we keep it</h2>
      <ul>
        <li>Your account, memberships and what you write: while you have an account. Plans and agreement records belong to the partnership and stay after you leave.</li>
        <li>Notifications: 90 days by default. Sessions: until you sign out, or after 7 days without activity, or 30 days at most.</li>
        <li>Exported plan files: 15 minutes, for you to download. Copies of emails in the server&apos;s outbox (when it has no mail server): 30 days.</li>
        <li>Password reset and email confirmation links: they work once, for an hour (reset) or three days (confirmation).</li>
        <li>The audit trail: as long as the partnership&apos;s record is kept.</li>
      </ul>
      <p>The organisation running the service may set different periods; it records them in its retention schedule.</p>

      <h2>Your rights</h2>
      <ul>
        <li>
          <strong>A copy of your data.</strong> {user ? <Link to="/account/data">Download everything Jigsaw holds about you</Link> : "Signed in, go to Account settings, Your data"} as a JSON file, at any time.
        </li>
        <li>
          <strong>Correction.</strong> Change your name under Account settings. A facilitator can correct your organisation, sector or role.
        </li>
        <li>
          <strong>Erasure.</strong> You can delete your account under Your data; a facilitator can do it for someone who has left. Your name,
          email address, password, sessions and settings are deleted. What you wrote and your organisation&apos;s agreement responses stay,
          shown as written by a &ldquo;Former member&rdquo; of your organisation, because the partnership&apos;s record of what was agreed
          must stay complete.
        </li>
        <li>You can also object to or ask to restrict processing, through the controller&apos;s data protection officer.</li>
      </ul>
      <p>
        If you are unhappy with how your data is handled, contact the controller&apos;s data protection officer first. You can also
        complain to the Information Commissioner&apos;s Office (ico.org.uk, 0303 123 1113).
      </p>
    </div>
  );
}
