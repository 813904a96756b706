import mongoose, { Schema, type Model } from "mongoose";
import { makeSnippet, MARK_END, MARK_START, stripMarkers } from "@jigsaw/shared/comments/searchText";
import type { SearchIndex, SearchIndexHit } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import { BASE_SCHEMA_OPTIONS } from "./mongooseSetup.ts";
import type { CommentDoc } from "./models/commentModel.ts";
import { str } from "./ids.ts";
import { guard } from "./unavailable.ts";

/**
 * A `searchEntries` document: one searchable part of a plan. Derived data
 * (rebuilt by the indexer), so the model is deliberately not in `MongoModels`
 * and never dumped or restored.
 */
interface SearchEntryDoc {
  _id: string;
  partnershipId: string;
  planId: string;
  kind: "section" | "action" | "indicator" | "risk";
  refId: string;
  title: string;
  body: string;
}

const searchEntrySchema = new Schema<SearchEntryDoc>(
  {
    _id: { type: String, required: true },
    partnershipId: { type: String, required: true },
    planId: { type: String, required: true },
    kind: { type: String, required: true },
    refId: { type: String, required: true },
    title: { type: String, default: "" },
    body: { type: String, default: "" },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "searchEntries" },
);
searchEntrySchema.index({ planId: 1 }, { name: "searchEntries_plan" });
searchEntrySchema.index(
  { title: "text", body: "text", partnershipId: 1 },
  { name: "searchEntries_text", weights: { title: 4, body: 1 }, default_language: "english" },
);

function marked(segments: ReturnType<typeof makeSnippet>): string {
  return segments.map((s) => (s.match ? `${MARK_START}${s.text}${MARK_END}` : s.text)).join("");
}

/**
 * MongoDB search: a text index on `searchEntries` (plan parts) and on
 * `comments.searchText`, both filtered to the caller's partnerships in the
 * query; scores merged; snippets made in process. Whole words only (MongoDB
 * text search has no prefix matching); every term is required.
 */
export function createSearchIndex(ctx: MongoContext): SearchIndex {
  const Entries: Model<SearchEntryDoc> = ctx.conn.model<SearchEntryDoc>("SearchEntry", searchEntrySchema);
  const Comments = ctx.models.comments;
  let ready: Promise<void> | null = null;
  const ensure = () => {
    ready ??= (async () => {
      await Entries.createCollection();
      await Entries.createIndexes();
    })().catch((err: unknown) => {
      ready = null;
      throw err;
    });
    return ready;
  };

  return {
    async replacePlan(plan, docs) {
      const planId = str(plan.planId, "planId");
      const partnershipId = str(plan.partnershipId, "partnershipId");
      await guard("search.replacePlan", async () => {
        await ensure();
        await Entries.deleteMany({ planId }).exec();
        if (docs.length === 0) return;
        await Entries.insertMany(
          docs.map((d) => ({
            _id: `${planId}/${d.kind}/${str(d.refId, "refId")}`,
            partnershipId,
            planId,
            kind: d.kind,
            refId: d.refId,
            title: stripMarkers(d.title),
            body: stripMarkers(d.body),
          })),
          { ordered: false },
        );
      });
    },
    async search(partnershipIds, terms, limit) {
      if (terms.length === 0 || partnershipIds.length === 0) return [];
      const pids = partnershipIds.map((p) => str(p, "partnershipId"));
      const n = Math.min(Math.max(1, Math.floor(limit) || 20), 100);
      const text = mongoose.trusted({ $search: terms.map((t) => `"${t.replaceAll('"', "")}"`).join(" ") });
      const inPartnerships = mongoose.trusted({ $in: pids });
      return guard("search.search", async () => {
        await ensure();
        const [entries, comments] = await Promise.all([
          Entries.find({ $text: text, partnershipId: inPartnerships } as never, { score: { $meta: "textScore" } })
            .sort({ score: { $meta: "textScore" } })
            .limit(n)
            .lean<Array<SearchEntryDoc & { score: number }>>()
            .exec(),
          Comments.find({ $text: text, partnershipId: inPartnerships, deletedAt: null } as never, { score: { $meta: "textScore" } })
            .sort({ score: { $meta: "textScore" } })
            .limit(n)
            .lean<Array<CommentDoc & { score: number }>>()
            .exec(),
        ]);
        const hits: SearchIndexHit[] = [
          ...entries.map((e) => ({
            kind: e.kind,
            partnershipId: e.partnershipId,
            planId: e.planId,
            refId: e.refId,
            commentId: null,
            title: e.title,
            markedSnippet: marked(makeSnippet(e.body || e.title, terms)),
            score: e.score,
          })),
          ...comments.map((c) => ({
            kind: "comment" as const,
            partnershipId: c.partnershipId,
            planId: c.planId,
            refId: c.threadId,
            commentId: c._id,
            title: "",
            markedSnippet: marked(makeSnippet(c.searchText, terms)),
            score: c.score,
          })),
        ];
        return hits.sort((a, b) => b.score - a.score).slice(0, n);
      });
    },
  };
}
