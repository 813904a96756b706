import { useEffect, useRef, useState } from "react";

/**
 * A plan's section editors are built one at a time, each in its own task with
 * the page free to paint and take input between them, in the order the
 * sections mount (the plan's order). Building them all in one go held the
 * page for 150–200 ms on a 2-core machine before anyone could type; now the
 * first section is editable as soon as its own editor is built, and the others
 * follow within a few frames, showing their text meanwhile.
 */
const queue: Array<() => void> = [];
let running = false;
const channel = typeof MessageChannel === "function" ? new MessageChannel() : null;

function grantNext(): void {
  const grant = queue.shift();
  if (grant) grant();
  else running = false;
}

/** The next turn, in a task of its own (after the browser has had a chance to paint). */
function grantNextSoon(): void {
  if (channel) channel.port2.postMessage(null);
  else setTimeout(grantNext, 0);
}
if (channel) channel.port1.onmessage = grantNext;

/**
 * True once it is this component's turn to build its heavy part. `ready`
 * resolves when that part's code has arrived (turns wait for it, so a slow
 * download does not make every section build at once when it lands).
 */
export function useTurnToMount(ready: () => Promise<void>): boolean {
  const [granted, setGranted] = useState(false);
  /** This component holds the turn: it passes it on once its part has been built, or when it unmounts. */
  const holding = useRef(false);
  useEffect(() => {
    let live = true;
    const grant = () => {
      if (!live) return grantNextSoon();
      holding.current = true;
      setGranted(true);
    };
    queue.push(grant);
    if (!running) {
      running = true;
      void ready().then(grantNext, grantNext);
    }
    return () => {
      live = false;
      const i = queue.indexOf(grant);
      if (i >= 0) queue.splice(i, 1);
      if (holding.current) {
        holding.current = false;
        grantNextSoon();
      }
    };
    // Once per mount: `ready` is the same part's arrival for every caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (!granted || !holding.current) return;
    holding.current = false;
    grantNextSoon();
  }, [granted]);
  return granted;
}
