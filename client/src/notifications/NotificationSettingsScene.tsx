import { useState } from "react";
import { NOTIFICATION_KIND_LABELS, PREFERENCE_KINDS, type EmailDelivery, type NotificationPreferences } from "@jigsaw/shared/comments/schemas";
import { errorMessage } from "../api/index.ts";
import { PageHeading } from "../components/PageHeading.tsx";
import { RadioGroup } from "../components/RadioGroup.tsx";
import { ErrorState, LoadingState } from "../components/StatusViews.tsx";
import { useAnnounce } from "../hooks/useAnnounce.tsx";
import { useDocumentTitle } from "../hooks/useDocumentTitle.ts";
import { useResource } from "../hooks/useResource.ts";
import { getNotificationPreferences, updateNotificationPreferences } from "../api/notifications.ts";

const OPTIONS: Array<{ value: EmailDelivery; label: string }> = [
  { value: "immediate", label: "Email me straight away" },
  { value: "digest", label: "In my daily summary email" },
  { value: "off", label: "No email (only in Jigsaw)" },
];

/** `/account`: which notifications are emailed, and how. */
export function NotificationSettingsScene() {
  useDocumentTitle("Account settings");
  const announce = useAnnounce();
  const prefs = useResource((signal) => getNotificationPreferences(signal), []);
  const [saving, setSaving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (prefs.status === "loading") return <LoadingState label="Loading your settings…" />;
  if (prefs.status === "error") return <ErrorState error={prefs.error} onRetry={prefs.reload} />;

  async function change(kind: keyof NotificationPreferences, value: EmailDelivery) {
    setSaving(kind);
    setError(null);
    try {
      const next = await updateNotificationPreferences({ [kind]: value });
      prefs.setData(() => next);
      announce("Saved your email settings");
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(null);
    }
  }

  return (
    <>
      <PageHeading caption="Account settings">Notifications and email</PageHeading>
      <p className="lead">Everything appears under the bell at the top of the page. Choose what is also emailed to you.</p>
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <form className="notification-settings" onSubmit={(e) => e.preventDefault()} aria-busy={saving !== null}>
        {PREFERENCE_KINDS.map((kind) => (
          <RadioGroup
            key={kind}
            name={`pref-${kind}`}
            legend={NOTIFICATION_KIND_LABELS[kind]}
            options={OPTIONS}
            value={prefs.data[kind]}
            onChange={(v) => void change(kind, v as EmailDelivery)}
          />
        ))}
      </form>
    </>
  );
}
