import { moveSection, removeSection } from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { deleteWithUndo } from "../../../editor/structureUndo.ts";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";

/** Props for a section's move/remove controls. */
export interface SectionControlsProps {
  doc: Y.Doc;
  sectionId: string;
  /** The section title as shown (never empty). */
  title: string;
  /** Zero-based display position. */
  index: number;
  count: number;
  /** Called after removal with the section to move focus to (the one before, else the one after). */
  onRemoved: (neighbourId: string | null) => void;
  /** Ids of the sections in display order (to find the neighbour after removal). */
  orderIds: readonly string[];
  /** Other people working in this section now (the remover is warned). */
  editing?: readonly string[];
}

/** DOM id of a section's move button (focus is put back on it after the section moves). */
export function sectionMoveButtonId(sectionId: string, direction: "up" | "down"): string {
  return `section-move-${direction}-${sectionId}`;
}

/** Put focus back on a move button once React has moved the section (or on its twin at the ends). */
function refocusMoveButton(sectionId: string, direction: "up" | "down"): void {
  requestAnimationFrame(() => {
    const same = document.getElementById(sectionMoveButtonId(sectionId, direction)) as HTMLButtonElement | null;
    const other = document.getElementById(sectionMoveButtonId(sectionId, direction === "up" ? "down" : "up")) as HTMLButtonElement | null;
    const target = same && !same.disabled ? same : other;
    if (target && document.activeElement !== target) target.focus({ preventScroll: false });
  });
}

/**
 * Move up / move down / remove for one plan section (editors and
 * facilitators). Moves are announced ("Moved 'Vision' to position 3") and
 * keep keyboard focus on the button pressed; removal asks first.
 */
export function SectionControls({ doc, sectionId, title, index, count, onRemoved, orderIds, editing = [] }: SectionControlsProps) {
  const announce = useAnnounce();
  const move = (direction: "up" | "down") => {
    const to = direction === "up" ? index - 1 : index + 1;
    if (to < 0 || to >= count) return;
    moveSection(doc, sectionId, to);
    announce(`Moved '${title}' to position ${to + 1}`);
    refocusMoveButton(sectionId, direction);
  };
  return (
    <div className="section-controls" role="group" aria-label={`Arrange section: ${title}`}>
      <button
        type="button"
        id={sectionMoveButtonId(sectionId, "up")}
        className="section-controls__button"
        aria-label={`Move '${title}' up`}
        title="Move section up"
        disabled={index === 0}
        onClick={() => move("up")}
      >
        <span aria-hidden="true">↑</span> Up
      </button>
      <button
        type="button"
        id={sectionMoveButtonId(sectionId, "down")}
        className="section-controls__button"
        aria-label={`Move '${title}' down`}
        title="Move section down"
        disabled={index === count - 1}
        onClick={() => move("down")}
      >
        <span aria-hidden="true">↓</span> Down
      </button>
      <ConfirmButton
        label="Remove section"
        ariaLabel={`Remove section '${title}'`}
        question={
          editing.length > 0
            ? `${editing.join(" and ")} ${editing.length === 1 ? "is" : "are"} editing this section. Remove '${title}' and its text for everyone? You can undo this.`
            : `Remove '${title}' and its text for everyone? You can undo this.`
        }
        confirmLabel="Yes, remove section"
        onConfirm={() => {
          const neighbour = orderIds[index - 1] ?? orderIds[index + 1] ?? null;
          deleteWithUndo(doc, `Removed section '${title}'`, () => removeSection(doc, sectionId), sectionId);
          announce(`Removed section '${title}'`);
          onRemoved(neighbour);
        }}
      />
    </div>
  );
}
