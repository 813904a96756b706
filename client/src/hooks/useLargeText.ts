import { useCallback, useEffect, useState } from "react";

const KEY = "jigsaw.largeText";

/** Apply the saved text-size preference to <html> before the first render. */
export function applySavedTextSize(): void {
  document.documentElement.dataset.textSize = readSaved() ? "large" : "normal";
}

function readSaved(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

/** The "Large text" preference (for projectors), remembered on this device. */
export function useLargeText(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => document.documentElement.dataset.textSize === "large");
  useEffect(() => {
    document.documentElement.dataset.textSize = on ? "large" : "normal";
  }, [on]);
  const set = useCallback((value: boolean) => {
    setOn(value);
    try {
      window.localStorage.setItem(KEY, value ? "1" : "0");
    } catch {
      // Private mode: the preference lasts for this page only.
    }
  }, []);
  return [on, set];
}
