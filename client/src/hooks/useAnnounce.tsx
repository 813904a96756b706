import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";

type Announce = (message: string) => void;
const AnnounceContext = createContext<Announce>(() => {});

/**
 * A polite live region for results of async actions ("Plan created"), shown
 * visually as a status banner and read by screen readers.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback<Announce>((m) => {
    window.clearTimeout(timer.current);
    // Clear first so repeating the same message is announced again.
    setMessage("");
    window.setTimeout(() => setMessage(m), 50);
    timer.current = window.setTimeout(() => setMessage(""), 8000);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="announcer" role="status" aria-live="polite" aria-atomic="true" data-empty={message === "" ? "true" : "false"}>
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Announce the result of an action to everyone, including screen-reader users. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
