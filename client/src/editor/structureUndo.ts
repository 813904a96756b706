import { useEffect, useState } from "react";
import * as Y from "yjs";
import { planRoots } from "@jigsaw/shared/plan/index";

/** Transaction origin of structural deletes (sections and table rows), tracked by the structure undo manager. */
const STRUCTURE_ORIGIN = Symbol("jigsaw.structure");

/** The last structural delete this person can undo, with what to say about it. */
export interface UndoableDelete {
  message: string;
}

/** Text of a section that someone else removed while this person was in it. */
export interface LostSection {
  title: string;
  paragraphs: string[];
}

interface Store {
  undo: Y.UndoManager;
  last: UndoableDelete | null;
  lost: LostSection | null;
  listeners: Set<() => void>;
  /** Sections this person removed (their editors going away is no loss to report). */
  removedHere: Set<string>;
}

const stores = new WeakMap<Y.Doc, Store>();

function storeFor(doc: Y.Doc): Store {
  let s = stores.get(doc);
  if (!s) {
    const r = planRoots(doc);
    // Only this person's structural deletes are tracked (their origin); text edits have their own undo.
    const undo = new Y.UndoManager([r.sections, r.sectionOrder, r.actions, r.actionOrder, r.indicators, r.indicatorOrder, r.risks, r.riskOrder], {
      trackedOrigins: new Set([STRUCTURE_ORIGIN]),
      captureTimeout: 0,
    });
    s = { undo, last: null, lost: null, listeners: new Set(), removedHere: new Set() };
    stores.set(doc, s);
  }
  return s;
}

function emit(s: Store): void {
  for (const l of s.listeners) l();
}

/**
 * Delete a section or a table row so that its author can undo it: one
 * transaction with the structure origin, then an "Undo" offer.
 */
export function deleteWithUndo(doc: Y.Doc, message: string, remove: () => void, sectionId?: string): void {
  const s = storeFor(doc);
  if (sectionId) s.removedHere.add(sectionId);
  s.undo.stopCapturing();
  doc.transact(remove, STRUCTURE_ORIGIN);
  s.last = { message };
  emit(s);
}

/** Note the text of a section removed by someone else under this person (from their editor's copy). */
export function noteLostSection(doc: Y.Doc, sectionId: string, lost: LostSection): void {
  const s = storeFor(doc);
  if (s.removedHere.has(sectionId)) return;
  s.lost = lost;
  emit(s);
}

/** The plan's structural undo: the last delete to offer, and the text lost to someone else's delete. */
export function useStructureUndo(doc: Y.Doc) {
  const s = storeFor(doc);
  const [, force] = useState(0);
  useEffect(() => {
    const l = () => force((n) => n + 1);
    s.listeners.add(l);
    return () => void s.listeners.delete(l);
  }, [s]);
  return {
    last: s.last,
    lost: s.lost,
    /** Undo the last structural delete; returns what was undone (for announcing), or null. */
    undo(): string | null {
      const message = s.last?.message ?? null;
      const done = s.undo.undo() !== null;
      s.last = null;
      emit(s);
      return done ? message : null;
    },
    dismiss(): void {
      s.last = null;
      emit(s);
    },
    dismissLost(): void {
      s.lost = null;
      emit(s);
    },
  };
}
