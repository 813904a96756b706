import { Router } from "express";
import { z } from "zod";
import { CommentEditSchema, ReactionSchema, ReplyCreateSchema, ThreadCreateSchema, ThreadFilterSchema } from "@jigsaw/shared/comments/schemas";
import { NotFoundError } from "../errors.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePlan, canPlan, type Actor } from "../policies/index.ts";
import type { ServerContext } from "../services/context.ts";
import type { CommentRecord } from "../domain/comment.ts";
import type { PlanRecord } from "../domain/plan.ts";
import {
  createThread,
  deleteComment,
  editComment,
  listThreads,
  loadComment,
  replyToThread,
  setReaction,
  setThreadResolved,
} from "../commands/commentThreads.ts";
import { idParam, loadPlanActor, requireTwoFactorFor } from "./loaders.ts";

/** Threads of one plan: list (open/resolved/all), one thread, start a thread. */
export function planCommentRoutes(ctx: ServerContext): Router {
  const router = Router({ mergeParams: true });

  router.get("/", async (req, res) => {
    const { actor, plan } = await loadPlanActor(ctx, req);
    authorizePlan(actor, "read", plan);
    const { status } = parse(z.object({ status: ThreadFilterSchema }), { status: req.query.status });
    const threads = await listThreads(ctx, actor, plan, status);
    res.json({ data: threads, policies: { comment: canPlan(actor, "comment", plan) } });
  });

  router.get("/:threadId", async (req, res) => {
    const { actor, plan } = await loadPlanActor(ctx, req);
    authorizePlan(actor, "read", plan);
    const threadId = idParam(req, "threadId");
    const [thread] = await listThreads(ctx, actor, plan, "all", threadId);
    if (!thread) throw NotFoundError("Comment not found");
    res.json({ data: thread });
  });

  router.post("/", async (req, res) => {
    const { actor, plan } = await loadPlanActor(ctx, req);
    authorizePlan(actor, "read", plan);
    const input = parse(ThreadCreateSchema, req.body);
    res.status(201).json({ data: await createThread(ctx, actor, plan, input) });
  });

  return router;
}

/** Load the comment in `:commentId`, its thread's first comment, plan and the caller; 404 unless readable. */
async function commentActor(
  ctx: ServerContext,
  req: Parameters<typeof requireAuth>[0],
): Promise<{ actor: Actor; plan: PlanRecord; root: CommentRecord; comment: CommentRecord }> {
  const auth = requireAuth(req);
  const { comment, root, plan } = await loadComment(ctx, { user: auth.user, membership: null }, idParam(req, "commentId"));
  if (!comment || !root || !plan) throw NotFoundError("Comment not found");
  const membership = await ctx.storage.memberships.find(plan.partnershipId, auth.user.id);
  await requireTwoFactorFor(ctx, auth.user, membership, plan.partnershipId);
  const actor: Actor = { user: auth.user, membership };
  if (!canPlan(actor, "read", plan) || comment.partnershipId !== plan.partnershipId) throw NotFoundError("Comment not found");
  return { actor, plan, root, comment };
}

/** One comment: reply, edit, delete, resolve/reopen its thread, react. */
export function commentRoutes(ctx: ServerContext): Router {
  const router = Router();

  router.post("/:commentId/replies", async (req, res) => {
    const { actor, plan, root } = await commentActor(ctx, req);
    const input = parse(ReplyCreateSchema, req.body);
    res.status(201).json({ data: await replyToThread(ctx, actor, plan, root, input.body) });
  });

  router.patch("/:commentId", async (req, res) => {
    const { actor, plan, root, comment } = await commentActor(ctx, req);
    const input = parse(CommentEditSchema, req.body);
    res.json({ data: await editComment(ctx, actor, plan, root, comment, input.body) });
  });

  router.delete("/:commentId", async (req, res) => {
    const { actor, plan, root, comment } = await commentActor(ctx, req);
    res.json({ data: await deleteComment(ctx, actor, plan, root, comment) });
  });

  router.post("/:commentId/resolve", async (req, res) => {
    const { actor, plan, root } = await commentActor(ctx, req);
    res.json({ data: await setThreadResolved(ctx, actor, plan, root, true) });
  });

  router.post("/:commentId/reopen", async (req, res) => {
    const { actor, plan, root } = await commentActor(ctx, req);
    res.json({ data: await setThreadResolved(ctx, actor, plan, root, false) });
  });

  router.put("/:commentId/reactions/:reaction", async (req, res) => {
    const { actor, plan, root, comment } = await commentActor(ctx, req);
    const reaction = parse(ReactionSchema, req.params.reaction);
    res.json({ data: await setReaction(ctx, actor, plan, root, comment, reaction, true) });
  });

  router.delete("/:commentId/reactions/:reaction", async (req, res) => {
    const { actor, plan, root, comment } = await commentActor(ctx, req);
    const reaction = parse(ReactionSchema, req.params.reaction);
    res.json({ data: await setReaction(ctx, actor, plan, root, comment, reaction, false) });
  });

  return router;
}
