import { useSyncExternalStore } from "react";
import type * as Y from "yjs";
import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";

/** A request to start a thread on something in the plan. */
export interface CommentRequest {
  anchor: CommentAnchor;
  /** The control that asked: focus goes back to it if the comment is cancelled. */
  opener: HTMLElement | null;
}

/**
 * Per plan document: lets a "Comment on this section / action" button in the
 * plan open the sidebar's new-comment form, and tells the buttons whether the
 * person may comment (the sidebar learns it with the threads).
 */
export class CommentRequests {
  private allowed = false;
  private readonly watchers = new Set<() => void>();
  private readonly handlers = new Set<(r: CommentRequest) => void>();

  /** Whether the person may start threads on this plan. */
  get canComment(): boolean {
    return this.allowed;
  }

  /** Set by the sidebar from the API's policies. */
  setCanComment(allowed: boolean): void {
    if (allowed === this.allowed) return;
    this.allowed = allowed;
    for (const w of this.watchers) w();
  }

  /** Be told when `canComment` changes; returns the unsubscribe. */
  watch = (fn: () => void): (() => void) => {
    this.watchers.add(fn);
    return () => this.watchers.delete(fn);
  };

  /** Ask for a new-comment form on `anchor`. False when no one handles it (no sidebar, or not allowed). */
  request(anchor: CommentAnchor, opener: HTMLElement | null = null): boolean {
    if (!this.allowed || this.handlers.size === 0) return false;
    for (const h of this.handlers) h({ anchor, opener });
    return true;
  }

  /** Handle requests (the sidebar); returns the removal. */
  onRequest(fn: (r: CommentRequest) => void): () => void {
    this.handlers.add(fn);
    return () => this.handlers.delete(fn);
  }
}

const byDoc = new WeakMap<Y.Doc, CommentRequests>();

/** The comment requests of a plan document. */
export function commentRequestsFor(doc: Y.Doc): CommentRequests {
  let r = byDoc.get(doc);
  if (!r) byDoc.set(doc, (r = new CommentRequests()));
  return r;
}

/** Whether the person may comment on this plan (false until the sidebar knows). */
export function useCanComment(doc: Y.Doc): boolean {
  const r = commentRequestsFor(doc);
  const get = () => r.canComment;
  return useSyncExternalStore(r.watch, get, get);
}
