import type { TextAnchor, CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { ChangesSinceVisitSchema, PresentedThreadSchema, type ChangesSinceVisit, type PresentedThread } from "@jigsaw/shared/comments/types";
import { z } from "zod";
import { request, send } from "./http.ts";
import { data, dataWithPolicies } from "./types.ts";

const ThreadData = data(PresentedThreadSchema);

/** Every thread of a plan, and whether I may start threads. */
export function listThreads(planId: string, signal?: AbortSignal): Promise<{ data: PresentedThread[]; policies: { comment: boolean } }> {
  return request("GET", `/plans/${planId}/comments?status=all`, dataWithPolicies(z.array(PresentedThreadSchema), z.looseObject({ comment: z.boolean() })), { signal });
}

/** One thread. */
export async function getThread(planId: string, threadId: string): Promise<PresentedThread> {
  return (await request("GET", `/plans/${planId}/comments/${threadId}`, ThreadData)).data;
}

/** Start a thread on a text range or an item. */
export async function createThread(planId: string, anchor: CommentAnchor | TextAnchor, body: string): Promise<PresentedThread> {
  return (await request("POST", `/plans/${planId}/comments`, ThreadData, { body: { anchor, body } })).data;
}

type ThreadReply = Promise<PresentedThread>;
const thread = async (method: string, path: string, body?: unknown): ThreadReply =>
  (await request(method, path, ThreadData, body === undefined ? {} : { body })).data;

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
  return (await request("GET", `/plans/${planId}/changes-since-visit`, data(ChangesSinceVisitSchema), { signal })).data;
}

/** Remember what I have seen now. `keepalive` lets it finish while the page unloads. */
export function recordVisit(planId: string, keepalive = false): void {
  send("POST", `/plans/${planId}/visit`, { body: {}, keepalive, quietUnauthenticated: true }).catch(() => undefined);
}
