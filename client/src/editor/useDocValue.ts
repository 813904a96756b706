import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";

/**
 * A value derived from some Y types, recomputed when any of them (deeply)
 * changes and re-rendering only when the result's JSON differs. Keep
 * `select` cheap: it runs after every change under `types`.
 */
export function useDocValue<T>(types: ReadonlyArray<Y.AbstractType<unknown>>, select: () => T, deps: readonly unknown[] = []): T {
  const selectRef = useRef(select);
  selectRef.current = select;
  const [value, setValue] = useState<T>(select);
  const last = useRef(JSON.stringify(value));
  useEffect(() => {
    const update = () => {
      const next = selectRef.current();
      const key = JSON.stringify(next);
      if (key !== last.current) {
        last.current = key;
        setValue(next);
      }
    };
    update();
    for (const t of types) t.observeDeep(update);
    return () => {
      for (const t of types) t.unobserveDeep(update);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...types, ...deps]);
  return value;
}
