import { Link, useNavigate, useParams } from "react-router";
import { InviteAcceptSchema, type PresentedInvitePreview } from "@jigsaw/shared/domain/partnership";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@jigsaw/shared/domain/role";
import { SECTOR_LABELS, type Sector } from "@jigsaw/shared/domain/sector";
import { Limits } from "@jigsaw/shared/validations";
import { api, isApiError } from "../../api/index.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { SectorField } from "../../components/SectorField.tsx";
import { ErrorState, LoadingState } from "../../components/StatusViews.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useAnnounce } from "../../hooks/useAnnounce.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { usePartnerships } from "../../hooks/usePartnerships.tsx";
import { useResource } from "../../hooks/useResource.ts";
import { useSchemaForm } from "../../hooks/useSchemaForm.ts";
import { useSession } from "../../hooks/useSession.tsx";
import { formatDate } from "../../utils/format.ts";

/** `/invite/:token`: sign in or up first, then preview the invite and accept it. */
export function InviteScene() {
  useDocumentTitle("Join a partnership");
  const { token = "" } = useParams();
  const { user } = useSession();
  if (user === undefined) return <LoadingState label="Checking you are signed in…" lines={0} />;
  if (user === null) return <SignedOutInvite token={token} />;
  return <InvitePreview token={token} />;
}

function SignedOutInvite({ token }: { token: string }) {
  const next = encodeURIComponent(`/invite/${token}`);
  return (
    <div className="narrow">
      <PageHeading>You have been invited to join a partnership</PageHeading>
      <p className="lead">Jigsaw is where council, NHS, voluntary and community partners write their place plan together.</p>
      <p>To see who invited you and accept, sign in or create an account. You will come straight back to this invite.</p>
      <div className="button-row">
        <Link className="button" to={`/signup?next=${next}`}>
          Create an account
        </Link>
        <Link className="button button--secondary" to={`/signin?next=${next}`}>
          Sign in
        </Link>
      </div>
    </div>
  );
}

function InvitePreview({ token }: { token: string }) {
  const preview = useResource((signal) => api.previewInvite(token, signal), [token]);
  if (preview.status === "loading") return <LoadingState label="Loading your invite…" />;
  if (preview.status === "error") {
    const unusable = isApiError(preview.error, "invite_expired", "invite_used", "not_found");
    return (
      <div className="narrow">
        <PageHeading>This invite cannot be used</PageHeading>
        {unusable ? (
          <div className="notice notice--error" role="alert">
            <p>{isApiError(preview.error, "not_found") ? "This invite link is not valid. Check you copied all of it." : (preview.error as Error).message}</p>
            <p>Ask the facilitator who invited you to send a new link.</p>
          </div>
        ) : (
          <ErrorState error={preview.error} onRetry={preview.reload} />
        )}
        <p>
          <Link to="/partnerships">Go to your partnerships</Link>
        </p>
      </div>
    );
  }
  return <AcceptForm token={token} invite={preview.data} />;
}

function AcceptForm({ token, invite }: { token: string; invite: PresentedInvitePreview }) {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const partnerships = usePartnerships();
  const form = useSchemaForm({
    schema: InviteAcceptSchema,
    initialValues: { organisation: invite.organisation ?? "", sector: (invite.sector ?? "") as Sector | "" },
    toInput: (v) => ({ organisation: v.organisation, sector: v.sector || undefined }),
    messages: { sector: "Choose your sector" },
    afterSuccess: "stay-busy",
    submit: async (data) => {
      const joined = await api.acceptInvite(token, data);
      partnerships.reload();
      announce(`You joined ${joined.data.name}`);
      navigate(`/partnerships/${joined.data.id}/plans`, { replace: true });
    },
  });

  return (
    <div className="narrow">
      <ErrorSummary {...form.summaryProps} />
      <PageHeading caption={invite.place}>Join {invite.partnershipName}</PageHeading>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Invited by</dt>
          <dd>{invite.invitedBy}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Your role</dt>
          <dd>
            <strong>{ROLE_LABELS[invite.role]}</strong>: {ROLE_DESCRIPTIONS[invite.role].toLowerCase()}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Link expires</dt>
          <dd>{formatDate(invite.expiresAt)}</dd>
        </div>
      </dl>
      <h2>How other members will see you</h2>
      {(invite.organisation || invite.sector) && (
        <>
          <dl className="summary-list">
            {invite.organisation && (
              <div className="summary-list__row">
                <dt>Your organisation</dt>
                <dd>{invite.organisation}</dd>
              </div>
            )}
            {invite.sector && (
              <div className="summary-list__row">
                <dt>Your sector</dt>
                <dd>{SECTOR_LABELS[invite.sector]}</dd>
              </div>
            )}
          </dl>
          <p className="hint">
            Your invitation names {invite.organisation ? "the organisation you join for (you sign for it in agreements)" : "your sector"}. If it is wrong, ask a
            facilitator to change it once you have joined.
          </p>
        </>
      )}
      <form onSubmit={form.handleSubmit} noValidate>
        {!invite.organisation && (
          <TextField
            {...form.field("organisation")}
            label="Your organisation"
            hint="For example, Riverside Community Voice"
            autoComplete="organization"
            maxLength={Limits.organisationMax}
          />
        )}
        {!invite.sector && (
          <SectorField legend="Your sector" value={form.values.sector} error={form.errors.sector} onChange={(s) => form.setValue("sector", s)} />
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={form.busy}>
            {form.busy ? "Joining…" : "Accept and join"}
          </button>
          <Link to="/partnerships" className="button button--secondary">
            Not now
          </Link>
        </div>
      </form>
    </div>
  );
}
