import { useEffect, useRef, useState } from "react";

/** Props for a two-step destructive button. */
export interface ConfirmButtonProps {
  /** The first button's text, e.g. "Remove". */
  label: string;
  /** Accessible name for the first button when `label` alone is ambiguous in a list. */
  ariaLabel?: string;
  /** The question shown when asked to confirm. */
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  variant?: "warning" | "secondary";
}

/**
 * A destructive action that asks "Are you sure?" inline (no modal), keeping
 * focus on the confirm button and returning it when cancelled.
 */
export function ConfirmButton({ label, ariaLabel, question, confirmLabel, onConfirm, variant = "warning" }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={triggerRef} className={`button button--${variant === "warning" ? "secondary" : variant}`} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p className="confirm__question">{question}</p>
      <div className="button-row">
        <button
          type="button"
          ref={confirmRef}
          className="button button--warning"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
              setAsking(false);
            }
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
