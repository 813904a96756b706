import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PresentedMembership } from "@jigsaw/shared/domain/partnership";
import type { PresentedPlan } from "@jigsaw/shared/domain/plan";
import { assignPersonColours } from "@jigsaw/shared/domain/personColour";
import { SECTOR_COLOURS } from "@jigsaw/shared/domain/sector";
import { addSection, sectionBodyFromParagraphs } from "@jigsaw/shared/plan/index";
import { api, type PlanPolicies } from "../../api/index.ts";
import type { PlanDocHandle } from "../../collaboration/usePlanDoc.ts";
import type { PlanConnection, PlanConnectionState } from "../../collaboration/planConnection.ts";
import { ConnectionStatus } from "../../editor/ConnectionStatus.tsx";
import type { ActionsTableColumn } from "../../editor/ActionsTable.tsx";
import { setCaretColours } from "../../editor/caretColours.ts";
import type { CaretUser } from "../../editor/extensions.ts";
import { LensSwitcher } from "../../outcomes/LensSwitcher.tsx";
import { defaultLens, LENSES, type Lens } from "../../outcomes/lenses.ts";
import { lazyPart } from "../../components/LazyPart.tsx";
import { useActions, useIndicators, useRisks, useSections } from "../../editor/planData.ts";
import { PresenceBar } from "../../editor/PresenceBar.tsx";
import { usePeers } from "../../editor/usePeers.ts";
import { usePeersBySection } from "../../editor/usePeersBySection.ts";
import { usePartnershipOrganisations } from "../../editor/usePartnershipOrganisations.ts";
import { RowEditorsContext } from "../../editor/rowEditors.ts";
import { CellEditorsContext } from "../../editor/cellEditors.ts";
import { useStructureUndo } from "../../editor/structureUndo.ts";
import { useAnnounce } from "../../hooks/useAnnounce.tsx";
import { useSession } from "../../hooks/useSession.tsx";
import { useMeeting } from "../../realtime/useMeeting.ts";
import { usePlanRoom } from "../../realtime/usePlanRoom.ts";
import { AddSectionForm } from "./components/AddSectionForm.tsx";
import { MeetingBar } from "./components/MeetingBar.tsx";
import { PlanSection, SectionBodyEditor } from "./components/PlanSection.tsx";
import { PLAN_CONTENT_ID, PlanSkipLinks } from "./components/PlanSkipLinks.tsx";
import { RoomList } from "./components/RoomList.tsx";
import { CommentOnButton } from "./comments/CommentOnButton.tsx";
import { useCanComment } from "./comments/commentRequests.ts";
import { SinceLastVisitBanner } from "./comments/SinceLastVisitBanner.tsx";
import { useStickyHeight } from "./useStickyHeight.ts";
import { focusSection, revealSection } from "./focusSection.ts";
import "../../editor/editor.css";

// Loaded after the editor itself (they need the outcomes model, charts or the comments code).
const ActionsTable = lazyPart(() => import("../../editor/ActionsTable.tsx").then((m) => m.ActionsTable), "the actions table", { idleMs: 1000 });
const IndicatorsTable = lazyPart(() => import("../../editor/IndicatorsTable.tsx").then((m) => m.IndicatorsTable), "the indicators table", { idleMs: 1000 });
const RisksTable = lazyPart(() => import("../../editor/RisksTable.tsx").then((m) => m.RisksTable), "the risks table", { idleMs: 1000 });
// the coverage view needs the whole outcomes model: it loads after the plan's text
const PlanCoverage = lazyPart(() => import("../../outcomes/PlanCoverage.tsx").then((m) => m.PlanCoverage), "the coverage view", { idleMs: 1500 });
// The rich-text editor's code loads as soon as this shell has, while the plan connects.
void SectionBodyEditor.preload();
const CommentSidebar = lazyPart(() => import("./comments/CommentSidebar.tsx").then((m) => m.CommentSidebar), "the comments");

/** Props for the live plan editor. */
export interface PlanEditorProps {
  plan: PresentedPlan;
  policies: PlanPolicies;
  /** The caller's membership of the plan's partnership (for their name tag colour and lens). */
  membership: PresentedMembership | null;
  /** The plan's live document, opened by the page as soon as it knows the plan's id (`usePlanDoc`). */
  planDoc: PlanDocHandle;
  /** Called once the plan's text is on screen (the page then loads its other panels). */
  onReady?: () => void;
}

const LENS_KEY = "jigsaw.outcomeLens";

function savedLens(fallback: Lens): Lens {
  try {
    const v = localStorage.getItem(LENS_KEY);
    return v && (LENSES as readonly string[]).includes(v) ? (v as Lens) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The live plan editor: connection status and who is here, meeting mode, the
 * sections in order (rich text + outcomes + glossary hints), then actions,
 * indicators and risks. Everything edits the plan's Y.Doc, synced through
 * `/collab/<planId>` and kept on this device while offline.
 */
export function PlanEditor({ plan, policies: initialPolicies, membership, planDoc, onReady }: PlanEditorProps) {
  const { user } = useSession();
  const { connection, state } = planDoc;
  const [policies, setPolicies] = useState(initialPolicies);
  useEffect(() => setPolicies(initialPolicies), [initialPolicies]);

  // The server closed with "authorization changed": re-read what this person may do.
  const authChanges = state?.authorizationChanges ?? 0;
  useEffect(() => {
    if (authChanges === 0) return;
    let live = true;
    api.getPlan(plan.id).then(
      (r) => live && setPolicies(r.policies),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [authChanges, plan.id]);

  const canEdit = policies.edit && !plan.archived && state?.phase !== "stopped";
  // One colour per person present (the room list is the same on every device, so is the answer).
  const room = usePlanRoom(plan.id);
  const memberKey = room.members.map((m) => m.userId).join(",");
  const colours = useMemo(() => assignPersonColours(memberKey ? memberKey.split(",") : []), [memberKey]);
  const myColour = (user && colours.get(user.id)) ?? (membership ? SECTOR_COLOURS[membership.sector] : "#505a5f");
  const caretUser = useMemo<CaretUser>(
    () => ({
      name: membership?.displayName ?? user?.displayName ?? "Someone",
      color: myColour,
      sector: membership?.sector ?? "",
      organisation: membership?.organisation ?? "",
    }),
    [membership, user?.displayName, myColour],
  );

  if (!connection || !state) {
    return (
      <div className="plan-editor">
        <ConnectionStatus state={null} canEdit={canEdit} />
      </div>
    );
  }
  return <PlanEditorLoaded key={connection.doc.guid} plan={plan} connection={connection} state={state} canEdit={canEdit} caretUser={caretUser} userId={user?.id} colours={colours} mayComment={policies.comment && !plan.archived} initialLens={defaultLens(membership?.sector)} onReady={onReady} />;
}

function PlanEditorLoaded({
  plan,
  connection,
  state,
  canEdit,
  caretUser,
  userId,
  colours,
  mayComment,
  initialLens,
  onReady,
}: {
  plan: PresentedPlan;
  connection: PlanConnection;
  state: PlanConnectionState;
  canEdit: boolean;
  caretUser: CaretUser;
  userId: string | undefined;
  colours: ReadonlyMap<string, string>;
  /** The plan's policy lets this person comment (whatever the editor's state). */
  mayComment: boolean;
  initialLens: Lens;
  onReady?: () => void;
}) {
  const { doc, provider, awareness } = connection;
  const sections = useSections(doc);
  const actions = useActions(doc);
  const indicators = useIndicators(doc);
  const risks = useRisks(doc);
  const coveragePlan = useMemo(() => ({ sections, actions, indicators }), [sections, actions, indicators]);
  const awarenessPeers = usePeers(awareness);
  const room = usePlanRoom(plan.id);
  // Carets and section avatars in each person's own colour, as in the presence bar.
  useEffect(() => setCaretColours(colours), [colours]);
  const peers = useMemo(() => awarenessPeers.map((p) => ({ ...p, colour: colours.get(p.key) ?? p.colour })), [awarenessPeers, colours]);
  const peersIn = usePeersBySection(peers);
  const [lens, setLensState] = useState<Lens>(() => savedLens(initialLens));
  const setLens = (l: Lens) => {
    setLensState(l);
    try {
      localStorage.setItem(LENS_KEY, l);
    } catch {
      // private mode: the choice lasts for this page only
    }
  };

  useEffect(() => {
    awareness.setLocalStateField("user", caretUser);
  }, [awareness, caretUser]);

  const onEnter = useCallback((id: string) => {
    if (awareness.getLocalState()?.section !== id) awareness.setLocalStateField("section", id);
  }, [awareness]);
  const onLeave = useCallback((id: string) => {
    if (awareness.getLocalState()?.section === id) awareness.setLocalStateField("section", null);
  }, [awareness]);

  // Content comes only from the server (or this device's copy of it): never created here.
  const ready = state.serverSynced || (state.localLoaded && sections.length > 0);
  const editable = canEdit && ready;
  useEffect(() => {
    if (ready) onReady?.();
  }, [ready, onReady]);
  const sectionRefs = useMemo(() => sections.map((s) => ({ id: s.id, title: s.title })), [sections]);
  const orderIds = useMemo(() => sections.map((s) => s.id), [sections]);
  const { meeting, canRunMeeting } = useMeeting(plan.id);
  const meetingFocusId = meeting?.focusSectionId ?? null;
  const onSectionRemoved = useCallback((neighbour: string | null) => {
    if (neighbour) revealSection(neighbour);
  }, []);
  const canComment = useCanComment(doc);
  const organisations = usePartnershipOrganisations(plan.partnershipId, editable);
  const commentColumn = useMemo<ActionsTableColumn | undefined>(
    () => (canComment ? { header: "Comments", cell: (a, name) => <CommentOnButton doc={doc} anchor={{ kind: "action", actionId: a.id }} targetName={name} /> } : undefined),
    [canComment, doc],
  );
  // Which table row this person is in (so others are warned before removing it), and who is in each row.
  const onFocusIn = useCallback(
    (e: React.FocusEvent<HTMLDivElement>) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>("tr[data-row-id]")?.dataset.rowId ?? null;
      if ((awareness.getLocalState()?.row ?? null) !== row) awareness.setLocalStateField("row", row);
      // ...and which free-text cell, so others see who is typing in it.
      const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-cell]")?.dataset.cell ?? null;
      if ((awareness.getLocalState()?.cell ?? null) !== cell) awareness.setLocalStateField("cell", cell);
    },
    [awareness],
  );
  const onFocusOut = useCallback(
    (e: React.FocusEvent<HTMLDivElement>) => {
      if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
      if (awareness.getLocalState()?.row) awareness.setLocalStateField("row", null);
      if (awareness.getLocalState()?.cell) awareness.setLocalStateField("cell", null);
    },
    [awareness],
  );
  const rowEditors = useCallback((rowId: string) => (rowId ? peers.filter((p) => !p.self && p.rows.includes(rowId)).map((p) => p.name) : []), [peers]);
  const cellEditors = useCallback((cell: string) => peers.filter((p) => !p.self && p.cells.includes(cell)).map((p) => ({ name: p.name, colour: p.colour })), [peers]);
  const structure = useStructureUndo(doc);
  const announce = useAnnounce();
  const undoDelete = useCallback(() => {
    const undone = structure.undo();
    if (undone) announce(`Undone: ${undone}`);
  }, [structure, announce]);
  // Ctrl+Z (⌘Z) outside a text field undoes this person's last structural delete; text fields keep their own undo.
  const hasUndo = structure.last !== null;
  useEffect(() => {
    if (!hasUndo) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== "z" || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || t.closest("input, textarea, select, [contenteditable='true']"))) return;
      e.preventDefault();
      undoDelete();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [hasUndo, undoDelete]);
  const editorRef = useRef<HTMLDivElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  useStickyHeight(editorRef, topRef);

  return (
    <div className="plan-editor" data-ready={ready ? "true" : "false"} ref={editorRef} onFocus={onFocusIn} onBlur={onFocusOut}>
      <PlanSkipLinks meeting={meeting !== null || canRunMeeting} />
      <div className="plan-editor__top" ref={topRef}>
        <div className="plan-editor__bar">
          <ConnectionStatus state={state} canEdit={canEdit} />
          {!canEdit && state.phase !== "stopped" && <p className="plan-editor__readonly">{mayComment ? "You can comment on this plan" : "You can view this plan"}</p>}
          <PresenceBar members={room.members} status={room.status} currentUserId={userId} colours={colours} />
        </div>
        <MeetingBar planId={plan.id} sections={sectionRefs} onFocusSection={focusSection} />
      </div>
      <div className="plan-editor__columns">
        <section className="plan-editor__main" id={PLAN_CONTENT_ID} aria-label="Plan" tabIndex={-1}>
          <SinceLastVisitBanner planId={plan.id} ready={ready} />
          {!ready ? (
            <p className="plan-editor__loading" aria-live="polite">
              {state.phase === "offline" ? "You are offline and this plan is not saved on this device yet. It will open when you reconnect." : state.phase === "stopped" ? "" : "Loading the plan…"}
            </p>
          ) : (
            <>
              <LensSwitcher value={lens} onChange={setLens} />
              <nav className="plan-contents" aria-label="Plan contents">
                <ol className="plan-contents__list">
                  {sections.map((s) => (
                    <li key={s.id}>
                      <a
                        href={`#section-${s.id}`}
                        onClick={(e) => {
                          e.preventDefault();
                          focusSection(s.id);
                        }}
                      >
                        {s.title || "Untitled section"}
                      </a>
                    </li>
                  ))}
                  <li>
                    <a href="#plan-actions">Actions</a>
                  </li>
                  <li>
                    <a href="#plan-indicators">Indicators</a>
                  </li>
                  <li>
                    <a href="#plan-risks">Risks</a>
                  </li>
                  <li>
                    <a href="#plan-coverage">Coverage</a>
                  </li>
                </ol>
              </nav>
              {sections.map((s, i) => (
                <PlanSection
                  key={s.id}
                  doc={doc}
                  provider={provider}
                  section={s}
                  number={i + 1}
                  editable={editable}
                  lens={lens}
                  peers={peersIn(s.id)}
                  user={caretUser}
                  onEnter={onEnter}
                  onLeave={onLeave}
                  orderIds={orderIds}
                  onRemoved={onSectionRemoved}
                  inMeetingFocus={s.id === meetingFocusId}
                />
              ))}
              {editable && <AddSectionForm doc={doc} onAdded={revealSection} />}
              <RowEditorsContext.Provider value={rowEditors}>
                <CellEditorsContext.Provider value={cellEditors}>
                  <ActionsTable doc={doc} actions={actions} indicators={indicators} editable={editable} extraColumn={commentColumn} organisations={organisations} />
                  <IndicatorsTable doc={doc} planId={plan.id} indicators={indicators} editable={editable} />
                  <RisksTable doc={doc} risks={risks} editable={editable} />
                </CellEditorsContext.Provider>
              </RowEditorsContext.Provider>
              <PlanCoverage plan={coveragePlan} onFocusSection={focusSection} />
            </>
          )}
        </section>
        <div className="plan-editor__toasts">
          {structure.last && (
            <div className="undo-toast" role="status">
              <span>{structure.last.message}.</span>
              <button type="button" className="button button--secondary" onClick={undoDelete} aria-keyshortcuts="Control+Z">
                Undo
              </button>
              <button type="button" className="undo-toast__close" aria-label="Dismiss" onClick={() => structure.dismiss()}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
          )}
          {structure.lost && (
            <div className="undo-toast undo-toast--lost" role="alert">
              <span>
                Someone removed the section &lsquo;{structure.lost.title || "Untitled section"}&rsquo; while you were working in it. Your copy of its text is kept on this device.
              </span>
              {canEdit && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    const lost = structure.lost!;
                    // Named apart from the original, which its remover may still bring back.
                    const id = addSection(doc, { title: `${(lost.title || "Untitled section").slice(0, 185)} (restored)`, body: sectionBodyFromParagraphs(lost.paragraphs) });
                    structure.dismissLost();
                    revealSection(id);
                  }}
                >
                  Put it back as a new section
                </button>
              )}
              <button type="button" className="undo-toast__close" aria-label="Dismiss" onClick={() => structure.dismissLost()}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
          )}
        </div>
        <aside className="plan-editor__side" aria-label="People">
          <RoomList planId={plan.id} currentUserId={userId} colours={colours} />
          <CommentSidebar plan={plan} doc={doc} />
        </aside>
      </div>
    </div>
  );
}
