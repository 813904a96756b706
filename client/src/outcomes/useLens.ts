import { useCallback, useEffect, useState } from "react";
import { isLens, type Lens } from "./lenses.ts";

/** localStorage key of the lens preference. */
export const LENS_STORAGE_KEY = "jigsaw.outcomes.lens";
const CHANGE_EVENT = "jigsaw:lens-change";

function readLens(fallback: Lens): Lens {
  try {
    const v = window.localStorage.getItem(LENS_STORAGE_KEY);
    return isLens(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

/**
 * The lens outcomes are worded in, remembered in localStorage and shared by
 * every component using this hook (in this tab and others).
 */
export function useLens(fallback: Lens = "plain"): [Lens, (lens: Lens) => void] {
  const [value, setValue] = useState<Lens>(() => readLens(fallback));
  useEffect(() => {
    const sync = () => setValue(readLens(fallback));
    window.addEventListener(CHANGE_EVENT, sync);
    window.addEventListener("storage", sync);
    return () => {
      window.removeEventListener(CHANGE_EVENT, sync);
      window.removeEventListener("storage", sync);
    };
  }, [fallback]);
  const set = useCallback((lens: Lens) => {
    try {
      window.localStorage.setItem(LENS_STORAGE_KEY, lens);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    setValue(lens);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [value, set];
}
