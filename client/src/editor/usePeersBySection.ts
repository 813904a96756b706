import { useMemo, useRef } from "react";
import type { Peer } from "./awarenessPeers.ts";

const NONE: readonly Peer[] = Object.freeze([]);

/** Each section's people, with a key saying who they are (to tell "unchanged" from "changed"). */
export type PeersBySection = ReadonlyMap<string, { key: string; peers: readonly Peer[] }>;

/**
 * Group people by the sections they are in, reusing `previous`'s array for
 * every section whose people are unchanged.
 */
export function groupPeersBySection(peers: readonly Peer[], previous: PeersBySection = new Map()): PeersBySection {
  const grouped = new Map<string, Peer[]>();
  for (const p of peers) for (const s of p.sections) grouped.set(s, [...(grouped.get(s) ?? []), p]);
  const next = new Map<string, { key: string; peers: readonly Peer[] }>();
  for (const [sectionId, list] of grouped) {
    const key = JSON.stringify(list);
    const before = previous.get(sectionId);
    next.set(sectionId, before && before.key === key ? before : { key, peers: list });
  }
  return next;
}

/**
 * The people in each section, as arrays that keep their identity while their
 * content is unchanged, so a section re-renders only when someone comes to it
 * or leaves it (not whenever anyone anywhere moves, or a meeting moves on).
 */
export function usePeersBySection(peers: readonly Peer[]): (sectionId: string) => readonly Peer[] {
  const previous = useRef<PeersBySection>(new Map());
  return useMemo(() => {
    const next = groupPeersBySection(peers, previous.current);
    previous.current = next;
    return (sectionId: string) => next.get(sectionId)?.peers ?? NONE;
  }, [peers]);
}
