import { READ_ONLY_MESSAGE, type PlanConnectionState } from "../collaboration/planConnection.ts";

/** What the connection status line says, and how it looks. */
export interface ConnectionView {
  tone: "ok" | "busy" | "offline" | "error";
  text: string;
}

/** The status line for a connection state and what the person may do. */
export function connectionView(state: PlanConnectionState | null, canEdit: boolean): ConnectionView {
  if (!state) return { tone: "busy", text: "Connecting…" };
  if (state.phase === "stopped") return { tone: "error", text: state.message ?? "Disconnected" };
  if (state.phase === "offline") return { tone: "offline", text: canEdit ? "Offline — changes kept on this device" : "Offline — showing the copy on this device" };
  if (state.phase === "reconnecting" || (state.phase === "connecting" && state.message)) return { tone: "busy", text: state.message ?? "Reconnecting…" };
  if (state.phase === "connecting" || !state.serverSynced) return { tone: "busy", text: "Connecting…" };
  // connected again to the server's copy after it refused a change made here
  if (state.message === READ_ONLY_MESSAGE) return { tone: "error", text: state.message };
  return { tone: "ok", text: "Connected" };
}

/** The live connection status, announced politely when it changes. */
export function ConnectionStatus({ state, canEdit }: { state: PlanConnectionState | null; canEdit: boolean }) {
  const view = connectionView(state, canEdit);
  return (
    <p className={`connection-status connection-status--${view.tone}`} role="status" data-tone={view.tone}>
      <span className="connection-status__dot" aria-hidden="true" />
      {view.text}
    </p>
  );
}
