/** Move up / move down / remove buttons for one row of a structured table. */
export function RowControls({ name, index, count, onMove, onRemove }: { name: string; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  return (
    <div className="row-controls" role="group" aria-label={`Row actions: ${name}`}>
      <button type="button" className="row-controls__button" aria-label={`Move ${name} up`} title="Move up" disabled={index === 0} onClick={() => onMove(index - 1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="row-controls__button" aria-label={`Move ${name} down`} title="Move down" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="row-controls__button row-controls__button--remove" aria-label={`Remove ${name}`} title="Remove" onClick={onRemove}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
