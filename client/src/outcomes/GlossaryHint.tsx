import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { GlossaryEntry, Term } from "@jigsaw/shared/outcomes/index";

/** What a hint explains: a glossary entry or a model term. */
export type GlossaryHintSubject = Pick<GlossaryEntry, "plainEnglish" | "status" | "verified" | "note"> & { title: string };

/** A glossary entry or a term as a hint subject. */
export function hintSubject(x: GlossaryEntry | Term): GlossaryHintSubject {
  return "expansion" in x
    ? { title: x.expansion, plainEnglish: x.plainEnglish, status: x.status, verified: x.verified, ...(x.note ? { note: x.note } : {}) }
    : { title: x.label, plainEnglish: x.plainEnglish || x.definition, status: x.status, verified: x.verified, ...(x.note ? { note: x.note } : {}) };
}

/**
 * A piece of jargon with its plain-English meaning in a small tooltip: shown on
 * hover and keyboard focus, toggled by click or Enter, closed with Escape. The
 * meaning is also the button's description for screen readers.
 */
export function GlossaryHint({ subject, children }: { subject: GlossaryHintSubject; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const id = useId();
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!pinned) return;
    const away = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) {
        setPinned(false);
        setOpen(false);
      }
    };
    document.addEventListener("mousedown", away);
    return () => document.removeEventListener("mousedown", away);
  }, [pinned]);
  const shown = open || pinned;
  return (
    <span className="oc-hint" ref={ref} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="oc-hint__term"
        aria-describedby={id}
        aria-expanded={shown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onClick={() => setPinned((p) => !p)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            setOpen(false);
            setPinned(false);
          }
        }}
      >
        {children}
      </button>
      <span id={id} role="tooltip" className="oc-hint__tip" hidden={!shown}>
        <strong className="oc-hint__title">{subject.title}</strong> {subject.plainEnglish || "No plain-English meaning recorded yet."}
        {!subject.verified && <span className="oc-badge oc-badge--unconfirmed">Unconfirmed</span>}
        {subject.status !== "current" && <span className="oc-badge oc-badge--status">{subject.status}</span>}
        {subject.note && <span className="oc-hint__note"> Note: {subject.note}</span>}
      </span>
    </span>
  );
}
