import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { commentRequestsFor, CommentRequests } from "./commentRequests.ts";

describe("CommentRequests", () => {
  it("passes a section or action request to the sidebar only while the person may comment", () => {
    const r = new CommentRequests();
    const sidebar = vi.fn();
    const off = r.onRequest(sidebar);
    expect(r.request({ kind: "section", sectionId: "s1" })).toBe(false);
    r.setCanComment(true);
    expect(r.request({ kind: "action", actionId: "a1" })).toBe(true);
    expect(sidebar).toHaveBeenCalledExactlyOnceWith({ anchor: { kind: "action", actionId: "a1" }, opener: null });
    off();
    expect(r.request({ kind: "action", actionId: "a1" })).toBe(false);
  });

  it("tells the buttons when commenting becomes allowed or not, once per change", () => {
    const r = new CommentRequests();
    const watcher = vi.fn();
    const off = r.watch(watcher);
    r.setCanComment(true);
    r.setCanComment(true);
    r.setCanComment(false);
    off();
    r.setCanComment(true);
    expect(watcher).toHaveBeenCalledTimes(2);
    expect(r.canComment).toBe(true);
  });

  it("is one per plan document", () => {
    const a = new Y.Doc();
    expect(commentRequestsFor(a)).toBe(commentRequestsFor(a));
    expect(commentRequestsFor(a)).not.toBe(commentRequestsFor(new Y.Doc()));
  });
});
