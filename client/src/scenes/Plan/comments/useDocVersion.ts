import { useEffect, useState } from "react";
import type * as Y from "yjs";

/** A number that changes (at most once a frame) whenever the plan document does. */
export function useDocVersion(doc: Y.Doc): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let frame = 0;
    const onUpdate = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setVersion((v) => v + 1));
    };
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
      cancelAnimationFrame(frame);
    };
  }, [doc]);
  return version;
}
