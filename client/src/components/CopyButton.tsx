import { useState } from "react";
import { useAnnounce } from "../hooks/useAnnounce.tsx";

/** Copy `text` to the clipboard and say so; falls back to selecting `fallbackInputId`'s text. */
export function CopyButton({ text, label = "Copy link", fallbackInputId }: { text: string; label?: string; fallbackInputId?: string }) {
  const announce = useAnnounce();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      announce("Link copied to the clipboard");
    } catch {
      const input = fallbackInputId ? (document.getElementById(fallbackInputId) as HTMLInputElement | null) : null;
      input?.focus();
      input?.select();
      announce("Could not copy automatically. The link is selected: press Control+C or Command+C to copy it.");
    }
  }
  return (
    <button type="button" className="button button--secondary" onClick={() => void copy()}>
      {copied ? "Copied" : label}
    </button>
  );
}
