import { memo, useId, useMemo, type ComponentProps } from "react";
import { sectionBody, sectionText, setSectionOutcomes, setSectionStatus, setSectionTitle, type SectionStatus } from "@jigsaw/shared/plan/index";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import type { Peer } from "../../../editor/awarenessPeers.ts";
import { BoundTextInput } from "../../../editor/BoundTextInput.tsx";
import type { CaretUser } from "../../../editor/extensions.ts";
import type { Lens } from "../../../outcomes/lenses.ts";
import type { SectionInfo } from "../../../editor/planData.ts";
import { SectionPresence } from "../../../editor/PresenceBar.tsx";
import { useTurnToMount } from "../../../editor/useTurnToMount.ts";
import { ChunkLoading, lazyPart } from "../../../components/LazyPart.tsx";
import { CommentOnButton } from "../comments/CommentOnButton.tsx";
import { useCanComment } from "../comments/commentRequests.ts";
import { SectionControls } from "./SectionControls.tsx";

/**
 * The rich-text editor (Tiptap, ProseMirror) loads on its own: until it has,
 * the section's text shows read-only with a progress line.
 */
export const SectionBodyEditor = lazyPart(
  () => import("../../../editor/SectionBodyEditor.tsx").then((m) => m.SectionBodyEditor),
  "the editor",
  { fallback: ({ sectionId, fragment }) => <SectionTextPreview sectionId={sectionId} fragment={fragment} /> },
);
// Outcome tags and jargon hints need the outcomes model, which loads after the text.
const SectionOutcomes = lazyPart(() => import("../../../editor/SectionOutcomes.tsx").then((m) => m.SectionOutcomes), "the outcome tags", { fallback: () => null, idleMs: 1500 });
const GlossaryHints = lazyPart(() => import("../../../editor/GlossaryHints.tsx").then((m) => m.GlossaryHints), "the jargon hints", { fallback: () => null, idleMs: 1500 });

/** A section's body: its text until its turn comes to build the editor (useTurnToMount), then the editor. */
function SectionBody(props: ComponentProps<typeof SectionBodyEditor>) {
  const turn = useTurnToMount(SectionBodyEditor.preload);
  return turn ? <SectionBodyEditor {...props} /> : <SectionTextPreview sectionId={props.sectionId} fragment={props.fragment} />;
}

/** A section's text, read-only, while the editor's code loads. */
function SectionTextPreview({ sectionId, fragment }: { sectionId: string; fragment: Y.XmlFragment }) {
  const text = fragment.doc ? sectionText(fragment.doc, sectionId) : "";
  return (
    <div className="section-body section-body--preview">
      <ChunkLoading label="Loading the editor…" />
      <div className="section-body__content">
        {text.split("\n").filter((l) => l.trim()).map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </div>
  );
}

/** Labels of section workflow statuses. */
export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  agreed: "Agreed",
  changed_since_agreement: "Changed since agreement",
};

/**
 * Statuses an editor may choose. "Agreed" and "Changed since agreement" are
 * never typed: they come from closed agreement rounds (the server corrects a
 * typed one), so the choice is not offered.
 */
const EDITOR_STATUSES: readonly SectionStatus[] = ["draft", "in_review"];

/** DOM id of a section's heading (focused by meeting mode). */
export function sectionHeadingId(sectionId: string): string {
  return `section-heading-${sectionId}`;
}

/** Props for one plan section. */
export interface PlanSectionProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  section: SectionInfo;
  number: number;
  editable: boolean;
  lens: Lens;
  /** The people in this section (usePeersBySection: the same array while they are unchanged). */
  peers: readonly Peer[];
  user: CaretUser;
  onEnter: (sectionId: string) => void;
  onLeave: (sectionId: string) => void;
  /** Section ids in display order (for move/remove controls). */
  orderIds?: readonly string[];
  /** After this section is removed: the section to move focus to. */
  onRemoved?: (neighbourId: string | null) => void;
  /** The meeting is discussing this section now. */
  inMeetingFocus?: boolean;
}

/**
 * One section of the plan: numbered heading with who is working in it, title
 * and status (editors), "Comment on this section" (members who may comment),
 * the rich-text body, and beside it the section's
 * shared outcomes and the jargon spotted in it.
 */
export const PlanSection = memo(function PlanSection({ doc, provider, section, number, editable, lens, peers, user, onEnter, onLeave, orderIds, onRemoved, inMeetingFocus = false }: PlanSectionProps) {
  const uid = useId();
  const fragment = useMemo(() => sectionBody(doc, section.id), [doc, section.id]);
  const headingId = sectionHeadingId(section.id);
  const title = section.title || "Untitled section";
  const canComment = useCanComment(doc);
  return (
    <section
      className={`plan-section${inMeetingFocus ? " plan-section--meeting-focus" : ""}`}
      id={`section-${section.id}`}
      data-section-id={section.id}
      data-meeting-focus={inMeetingFocus ? "true" : undefined}
      aria-labelledby={headingId}
      onFocus={() => onEnter(section.id)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onLeave(section.id);
      }}
    >
      <header className="plan-section__header">
        <h2 className="plan-section__heading" id={headingId} tabIndex={-1}>
          <span className="plan-section__number">{number}.</span> {title}
        </h2>
        {inMeetingFocus && <span className="tag plan-section__now">Being discussed now</span>}
        <SectionPresence peers={peers} sectionId={section.id} />
        {!editable && <span className={`tag section-status section-status--${section.status}`}>{SECTION_STATUS_LABELS[section.status]}</span>}
        {canComment && <CommentOnButton doc={doc} anchor={{ kind: "section", sectionId: section.id }} targetName={title} />}
        {editable && orderIds && onRemoved && (
          <SectionControls
            doc={doc}
            sectionId={section.id}
            title={title}
            index={number - 1}
            count={orderIds.length}
            orderIds={orderIds}
            onRemoved={onRemoved}
            editing={peers.filter((p) => !p.self).map((p) => p.name)}
          />
        )}
      </header>
      {editable && (
        <div className="plan-section__meta">
          <div className="field plan-section__title-field">
            <label className="field__label" htmlFor={`${uid}-title`}>
              Section title
            </label>
            <BoundTextInput id={`${uid}-title`} className="input" maxLength={200} value={section.title} onCommit={(v) => setSectionTitle(doc, section.id, v)} />
          </div>
          <div className="field plan-section__status-field">
            <label className="field__label" htmlFor={`${uid}-status`}>
              Status
            </label>
            {EDITOR_STATUSES.includes(section.status) ? (
              <select id={`${uid}-status`} className="input select" value={section.status} onChange={(e) => setSectionStatus(doc, section.id, e.target.value as SectionStatus)}>
                {EDITOR_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {SECTION_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            ) : (
              <output id={`${uid}-status`} className="input input--readonly" data-derived-status={section.status}>
                {SECTION_STATUS_LABELS[section.status]}
              </output>
            )}
            <p className="field__hint">&ldquo;Agreed&rdquo; comes only from a closed agreement round; propose the section for agreement in the Agreement panel.</p>
          </div>
        </div>
      )}
      <div className="plan-section__grid">
        <div className="plan-section__body">
          {fragment ? (
            <SectionBody sectionId={section.id} title={title} fragment={fragment} provider={provider} user={user} editable={editable} />
          ) : (
            <p className="notice notice--error">This section's text could not be read.</p>
          )}
        </div>
        <aside className="plan-section__aside" aria-label={`About ${title}`}>
          <SectionOutcomes headingId={`${uid}-outcomes`} outcomes={section.outcomes} lens={lens} editable={editable} onChange={(ids) => setSectionOutcomes(doc, section.id, ids)} />
          {fragment && <GlossaryHints headingId={`${uid}-glossary`} doc={doc} sectionId={section.id} fragment={fragment} />}
        </aside>
      </div>
    </section>
  );
});
