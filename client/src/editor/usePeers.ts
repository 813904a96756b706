import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { peersFromStates, type Peer } from "./awarenessPeers.ts";

/** People present in the plan (from awareness), updated as they come, go and move between sections. */
export function usePeers(awareness: Awareness): Peer[] {
  const read = () => peersFromStates(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID);
  const [peers, setPeers] = useState<Peer[]>(read);
  useEffect(() => {
    let last = "";
    const update = () => {
      const next = read();
      const key = JSON.stringify(next);
      if (key !== last) {
        last = key;
        setPeers(next);
      }
    };
    update();
    awareness.on("change", update);
    return () => awareness.off("change", update);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [awareness]);
  return peers;
}
