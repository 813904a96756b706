import { z } from "zod";
import { RoleSchema, type Role } from "../domain/role.ts";
import { SectorSchema, type Sector } from "../domain/sector.ts";
import { CommentAnchorSchema, type CommentAnchor } from "./anchor.ts";
import { NotificationKindSchema, type NotificationKind, type Reaction } from "./schemas.ts";

/** Who wrote a comment (null fields when they left the partnership). */
export interface CommentAuthor {
  id: string;
  displayName: string;
  organisation: string | null;
  sector: Sector | null;
  role: Role | null;
}

/** One comment in a thread, as the API presents it. */
export interface PresentedComment {
  id: string;
  threadId: string;
  /** Null for the thread's first comment. */
  parentId: string | null;
  author: CommentAuthor;
  /** Canonical restricted-markdown body; "" when deleted. Render with `parseCommentBody`. */
  body: string;
  createdAt: string;
  editedAt: string | null;
  /** Deleted comments stay in the thread as a tombstone. */
  deleted: boolean;
  reactions: Record<Reaction, { count: number; mine: boolean }>;
  policies: { edit: boolean; delete: boolean; react: boolean };
}

/** A thread's anchor state against the current document. */
export type AnchorState = "attached" | "detached" | "unknown";

/** A comment thread, as the API presents it. */
export interface PresentedThread {
  id: string;
  planId: string;
  partnershipId: string;
  anchor: CommentAnchor;
  /** Whether the anchored text/item still exists ("unknown" when the document could not be read). */
  anchorState: AnchorState;
  status: "open" | "resolved";
  resolvedAt: string | null;
  resolvedBy: { id: string; displayName: string } | null;
  createdAt: string;
  lastActivityAt: string;
  comments: PresentedComment[];
  policies: { reply: boolean; resolve: boolean; reopen: boolean };
}

/** A notification in the bell. Text fields are plain text (escape when rendering). */
export interface PresentedNotification {
  id: string;
  kind: NotificationKind;
  partnershipId: string;
  planId: string | null;
  threadId: string | null;
  commentId: string | null;
  actor: { id: string; displayName: string } | null;
  /** One line, e.g. "Sam Patel mentioned you on Riverside Place Plan". */
  title: string;
  /** Plain-text excerpt of the comment or request. */
  excerpt: string;
  /** In-app path to open, e.g. `/plans/<id>?thread=<threadId>`. */
  path: string;
  createdAt: string;
  readAt: string | null;
}

/** A page of notifications plus the unread count. */
export interface NotificationList {
  data: PresentedNotification[];
  unreadCount: number;
}

/** One part of the plan that changed since the member's last visit. */
export interface ChangedPart {
  kind: "section" | "actions" | "indicators" | "risks" | "plan";
  /** Section id, or the collection name for the others. */
  id: string;
  title: string;
  change: "edited" | "added" | "removed";
  /** Who changed it (from the update log); may be empty when history was compacted. */
  changedBy: Array<{ id: string; displayName: string }>;
}

/** GET /plans/:id/changes-since-visit. */
export interface ChangesSinceVisit {
  /** When the member last visited (null = first visit: nothing is reported). */
  lastVisitAt: string | null;
  changes: ChangedPart[];
  newThreads: Array<{ id: string; authorName: string; excerpt: string; createdAt: string }>;
  resolvedThreads: Array<{ id: string; resolvedByName: string; excerpt: string; resolvedAt: string }>;
  /** False when some of the history needed for attribution was compacted away. */
  attributionComplete: boolean;
}

/** One piece of a search snippet: matched words are `match: true`. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** One search hit. */
export interface SearchHit {
  kind: "section" | "action" | "indicator" | "risk" | "comment";
  partnershipId: string;
  partnershipName: string;
  planId: string;
  planTitle: string;
  /** Section/action/... id, or the comment's thread id for comments. */
  refId: string;
  commentId: string | null;
  title: string;
  /** The snippet as segments (render each as text; never as HTML). */
  snippet: SnippetSegment[];
  /** The same snippet as escaped HTML with `<mark>` around matches. */
  snippetHtml: string;
  /** In-app path. */
  path: string;
}

/*
 * Response schemas of the shapes above (unknown extra fields are kept), so
 * the client checks what the API sent before using it.
 */

const PersonRefSchema = z.looseObject({ id: z.string(), displayName: z.string() });

/** The response schema of a `PresentedComment`. */
export const PresentedCommentSchema: z.ZodType<PresentedComment> = z.looseObject({
  id: z.string(),
  threadId: z.string(),
  parentId: z.string().nullable(),
  author: z.looseObject({
    id: z.string(),
    displayName: z.string(),
    organisation: z.string().nullable(),
    sector: SectorSchema.nullable(),
    role: RoleSchema.nullable(),
  }),
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deleted: z.boolean(),
  reactions: z.looseObject({ agree: z.looseObject({ count: z.number(), mine: z.boolean() }) }),
  policies: z.looseObject({ edit: z.boolean(), delete: z.boolean(), react: z.boolean() }),
});

/** The response schema of a `PresentedThread`. */
export const PresentedThreadSchema: z.ZodType<PresentedThread> = z.looseObject({
  id: z.string(),
  planId: z.string(),
  partnershipId: z.string(),
  anchor: CommentAnchorSchema,
  anchorState: z.enum(["attached", "detached", "unknown"]),
  status: z.enum(["open", "resolved"]),
  resolvedAt: z.string().nullable(),
  resolvedBy: PersonRefSchema.nullable(),
  createdAt: z.string(),
  lastActivityAt: z.string(),
  comments: z.array(PresentedCommentSchema),
  policies: z.looseObject({ reply: z.boolean(), resolve: z.boolean(), reopen: z.boolean() }),
});

/** The response schema of a `PresentedNotification`. */
export const PresentedNotificationSchema: z.ZodType<PresentedNotification> = z.looseObject({
  id: z.string(),
  kind: NotificationKindSchema,
  partnershipId: z.string(),
  planId: z.string().nullable(),
  threadId: z.string().nullable(),
  commentId: z.string().nullable(),
  actor: PersonRefSchema.nullable(),
  title: z.string(),
  excerpt: z.string(),
  path: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** The response schema of a `NotificationList` (`GET /notifications`). */
export const NotificationListSchema: z.ZodType<NotificationList> = z.looseObject({
  data: z.array(PresentedNotificationSchema),
  unreadCount: z.number(),
});

/** The response schema of `ChangesSinceVisit`. */
export const ChangesSinceVisitSchema: z.ZodType<ChangesSinceVisit> = z.looseObject({
  lastVisitAt: z.string().nullable(),
  changes: z.array(
    z.looseObject({
      kind: z.enum(["section", "actions", "indicators", "risks", "plan"]),
      id: z.string(),
      title: z.string(),
      change: z.enum(["edited", "added", "removed"]),
      changedBy: z.array(PersonRefSchema),
    }),
  ),
  newThreads: z.array(z.looseObject({ id: z.string(), authorName: z.string(), excerpt: z.string(), createdAt: z.string() })),
  resolvedThreads: z.array(z.looseObject({ id: z.string(), resolvedByName: z.string(), excerpt: z.string(), resolvedAt: z.string() })),
  attributionComplete: z.boolean(),
});

/** The response schema of a `SearchHit`. */
export const SearchHitSchema: z.ZodType<SearchHit> = z.looseObject({
  kind: z.enum(["section", "action", "indicator", "risk", "comment"]),
  partnershipId: z.string(),
  partnershipName: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  refId: z.string(),
  commentId: z.string().nullable(),
  title: z.string(),
  snippet: z.array(z.looseObject({ text: z.string(), match: z.boolean() })),
  snippetHtml: z.string(),
  path: z.string(),
});
