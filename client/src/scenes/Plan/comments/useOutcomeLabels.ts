import { useEffect, useState } from "react";

/** Outcome names by id, for threads on an outcome tag: empty until the outcomes model (which loads after the editor) is read, when the page is idle. */
export function useOutcomeLabels(): ReadonlyMap<string, string> {
  const [outcomeLabels, setOutcomeLabels] = useState<ReadonlyMap<string, string>>(() => new Map());
  useEffect(() => {
    let live = true;
    const load = () =>
      import("../../../outcomes/lens.ts").then(
        (m) => live && setOutcomeLabels(new Map(m.sharedOutcomes().map((o) => [o.id, o.label]))),
        () => undefined,
      );
    const idle = typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(() => void load(), { timeout: 1500 }) : null;
    if (idle === null) void load();
    return () => {
      live = false;
      if (idle !== null) window.cancelIdleCallback(idle);
    };
  }, []);
  return outcomeLabels;
}
