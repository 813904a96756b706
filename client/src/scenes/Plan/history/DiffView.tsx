import type { FieldChange, PlanDiff } from "@jigsaw/shared/versions/snapshotDiff";
import { diffValueText } from "./diffValue.ts";
import type { TextChange } from "@jigsaw/shared/versions/textDiff";

/** A word diff: deletions struck through, insertions underlined (and announced as such). */
export function TextDiff({ changes }: { changes: readonly TextChange[] }) {
  if (changes.length === 0) return null;
  return (
    <p className="diff-text">
      {changes.map((c, i) =>
        c.op === "insert" ? (
          <ins key={i}>
            <span className="visually-hidden">[added] </span>
            {c.text}
          </ins>
        ) : c.op === "delete" ? (
          <del key={i}>
            <span className="visually-hidden">[removed] </span>
            {c.text}
          </del>
        ) : (
          <span key={i}>{c.text.length > 240 ? `${c.text.slice(0, 100)} … ${c.text.slice(-100)}` : c.text}</span>
        ),
      )}
    </p>
  );
}

const value = diffValueText;

function Fields({ fields }: { fields: readonly FieldChange[] }) {
  if (fields.length === 0) return null;
  return (
    <ul className="diff-fields">
      {fields.map((f) => (
        <li key={f.field}>
          <strong>{f.field}</strong>: <del>{value(f.from)}</del> → <ins>{value(f.to)}</ins>
        </li>
      ))}
    </ul>
  );
}

const CHANGE_LABEL = { added: "Added", removed: "Removed", changed: "Changed" } as const;

/** What changed between two versions: sections (with word diffs), then actions, indicators and risks. */
export function DiffView({ diff }: { diff: PlanDiff }) {
  if (diff.summary.identical) return <p>No differences.</p>;
  const records = [
    ["Actions", diff.actions],
    ["Indicators", diff.indicators],
    ["Risks", diff.risks],
  ] as const;
  return (
    <div className="diff-view">
      {diff.sections.length > 0 && (
        <>
          <h4>Sections</h4>
          <ul className="diff-list">
            {diff.sections.map((s) => (
              <li key={s.id}>
                <p>
                  <span className={`tag diff-tag diff-tag--${s.change}`}>{CHANGE_LABEL[s.change]}</span> {s.title}
                  {s.moved && " (moved)"}
                  {s.formattingOnly && " (formatting only)"}
                </p>
                <Fields fields={s.fields} />
                <TextDiff changes={s.body} />
              </li>
            ))}
          </ul>
        </>
      )}
      {records.map(([label, list]) =>
        list.length === 0 ? null : (
          <div key={label}>
            <h4>{label}</h4>
            <ul className="diff-list">
              {list.map((r) => (
                <li key={r.id}>
                  <p>
                    <span className={`tag diff-tag diff-tag--${r.change}`}>{CHANGE_LABEL[r.change]}</span> {r.label || "(untitled)"}
                    {r.moved && " (moved)"}
                  </p>
                  {r.change === "changed" && <Fields fields={r.fields} />}
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </div>
  );
}
