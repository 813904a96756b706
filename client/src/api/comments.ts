import type { TextAnchor, CommentAnchor } from "@jigsaw/shared/comments/anchor";
import type { ChangesSinceVisit, PresentedThread } from "@jigsaw/shared/comments/types";
import { request } from "./http.ts";

/** Every thread of a plan, and whether I may start threads. */
export function listThreads(planId: string, signal?: AbortSignal): Promise<{ data: PresentedThread[]; policies: { comment: boolean } }> {
  return request("GET", `/plans/${planId}/comments?status=all`, { signal });
}

/** One thread. */
export async function getThread(planId: string, threadId: string): Promise<PresentedThread> {
  return (await request<{ data: PresentedThread }>("GET", `/plans/${planId}/comments/${threadId}`)).data;
}

/** Start a thread on a text range or an item. */
export async function createThread(planId: string, anchor: CommentAnchor | TextAnchor, body: string): Promise<PresentedThread> {
  return (await request<{ data: PresentedThread }>("POST", `/plans/${planId}/comments`, { body: { anchor, body } })).data;
}

type ThreadReply = Promise<PresentedThread>;
const thread = async (method: string, path: string, body?: unknown): ThreadReply =>
  (await request<{ data: PresentedThread }>(method, path, body === undefined ? {} : { body })).data;

/** Reply in the thread of `commentId`. */
export const replyTo = (commentId: string, body: string): ThreadReply => thread("POST", `/comments/${commentId}/replies`, { body });
/** Edit my comment. */
export const editComment = (commentId: string, body: string): ThreadReply => thread("PATCH", `/comments/${commentId}`, { body });
/** Delete my comment (a tombstone stays). */
export const deleteComment = (commentId: string): ThreadReply => thread("DELETE", `/comments/${commentId}`);
/** Resolve a thread. */
export const resolveThread = (threadId: string): ThreadReply => thread("POST", `/comments/${threadId}/resolve`, {});
/** Reopen a thread. */
export const reopenThread = (threadId: string): ThreadReply => thread("POST", `/comments/${threadId}/reopen`, {});
/** Add or remove my "agree". */
export const setAgree = (commentId: string, on: boolean): ThreadReply => thread(on ? "PUT" : "DELETE", `/comments/${commentId}/reactions/agree`, on ? {} : undefined);

/** What changed since my last visit. */
export async function getChangesSinceVisit(planId: string, signal?: AbortSignal): Promise<ChangesSinceVisit> {
  return (await request<{ data: ChangesSinceVisit }>("GET", `/plans/${planId}/changes-since-visit`, { signal })).data;
}

/** Remember what I have seen now. `keepalive` lets it finish while the page unloads. */
export function recordVisit(planId: string, keepalive = false): void {
  void fetch(`/api/plans/${planId}/visit`, {
    method: "POST",
    credentials: "same-origin",
    keepalive,
    headers: { "content-type": "application/json", accept: "application/json" },
    body: "{}",
  }).catch(() => undefined);
}
