import { z } from "zod";
import { CommentAnchorSchema } from "./anchor.ts";
import { COMMENT_BODY_MAX } from "./commentBody.ts";

/** A comment body as typed (restricted markdown; canonicalised by the server). */
export const CommentBodySchema = z
  .string()
  .max(COMMENT_BODY_MAX, `Keep comments under ${COMMENT_BODY_MAX} characters`)
  .refine((s) => s.trim().length > 0, "Write a comment");

/** POST /plans/:planId/comments — start a thread. */
export const ThreadCreateSchema = z.strictObject({
  anchor: CommentAnchorSchema,
  body: CommentBodySchema,
});
/** Start-a-thread request. */
export type ThreadCreateInput = z.infer<typeof ThreadCreateSchema>;

/** POST /comments/:commentId/replies — reply in a thread. */
export const ReplyCreateSchema = z.strictObject({ body: CommentBodySchema });
/** PATCH /comments/:commentId — edit your own comment. */
export const CommentEditSchema = z.strictObject({ body: CommentBodySchema });

/** Reactions a member can add to a comment. */
export const REACTIONS = ["agree"] as const;
/** A reaction kind. */
export const ReactionSchema = z.enum(REACTIONS);
/** A reaction kind. */
export type Reaction = z.infer<typeof ReactionSchema>;

/** Which threads to list. */
export const ThreadFilterSchema = z.enum(["open", "resolved", "all"]).default("all");
/** Which threads to list. */
export type ThreadFilter = z.infer<typeof ThreadFilterSchema>;

/** What a member is notified about. */
export const NOTIFICATION_KINDS = [
  "mention",
  "reply",
  "lead_comment",
  "agreement_request",
  "agreement_response",
  "agreement_reminder",
  "agreement_closed",
  "agreement_changed",
] as const;
/** What a member is notified about. */
export const NotificationKindSchema = z.enum(NOTIFICATION_KINDS);
/** What a member is notified about. */
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

/** How a kind of notification is emailed (it always appears in the bell). */
export const EmailDeliverySchema = z.enum(["immediate", "digest", "off"]);
/** How a kind of notification is emailed. */
export type EmailDelivery = z.infer<typeof EmailDeliverySchema>;

/** The kinds a member sets email preferences for; each notification kind falls under one (see `PREFERENCE_OF_KIND`). */
export const PREFERENCE_KINDS = ["mention", "reply", "lead_comment", "agreement_request"] as const;
/** A preference setting's key. */
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];

/** Which preference decides how a kind of notification is emailed: every agreement notification follows "Agreement rounds". */
export const PREFERENCE_OF_KIND: Record<NotificationKind, PreferenceKind> = {
  mention: "mention",
  reply: "reply",
  lead_comment: "lead_comment",
  agreement_request: "agreement_request",
  agreement_response: "agreement_request",
  agreement_reminder: "agreement_request",
  agreement_closed: "agreement_request",
  agreement_changed: "agreement_request",
};

/** A member's email preferences, one setting per preference kind. */
export const NotificationPreferencesSchema = z.strictObject({
  mention: EmailDeliverySchema,
  reply: EmailDeliverySchema,
  lead_comment: EmailDeliverySchema,
  agreement_request: EmailDeliverySchema,
});
/** A member's email preferences. */
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** PUT /notifications/preferences body: any subset. */
export const NotificationPreferencesPatchSchema = NotificationPreferencesSchema.partial();

/** Defaults: mentions by email at once, everything else in the daily digest. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  mention: "immediate",
  reply: "digest",
  lead_comment: "digest",
  agreement_request: "digest",
};

/** Labels for the settings page and emails. */
export const NOTIFICATION_KIND_LABELS: Record<PreferenceKind, string> = {
  mention: "Someone mentions me",
  reply: "Replies in threads I take part in",
  lead_comment: "Comments on actions my organisation leads",
  agreement_request: "Agreement rounds: requests and reminders to respond, responses and objections (to facilitators), rounds closed, agreed text changed",
};

/** GET /search query. */
export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, "Enter something to search for").max(200, "Search is too long"),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
