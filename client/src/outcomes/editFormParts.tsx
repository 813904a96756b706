import type { PresentedExtensionItem } from "@jigsaw/shared/domain/outcomesApi";

/** Save and Cancel under an inline edit form of a local outcome item. */
export function EditButtons({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  return (
    <div className="button-row">
      <button type="submit" className="button" disabled={busy}>
        Save
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

/** The id prefix of an item's inline edit form fields (unique per item on the page). */
export function editPrefix(item: PresentedExtensionItem): string {
  return `edit-${item.id.replace(/[^a-z0-9-]/g, "-")}-`;
}
