import { useEffect } from "react";

/** Set the browser tab title to "<title> – Jigsaw". */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Jigsaw` : "Jigsaw";
  }, [title]);
}
