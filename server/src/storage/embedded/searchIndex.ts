import type { Db } from "./database.ts";
import type { SearchDocument, SearchIndex, SearchIndexHit } from "../types.ts";
import { ftsMatchExpression, MARK_END, MARK_START, stripMarkers } from "@jigsaw/shared/comments/searchText";

interface HitRow {
  kind: string;
  partnership_id: string;
  plan_id: string;
  ref_id: string;
  comment_id: string | null;
  title: string;
  snip: string;
  title_snip: string;
  rank: number;
}

/**
 * SQLite FTS5 search (`search_fts`, migration 4): plan text rows are replaced
 * by the indexer, comment rows follow the comments table through triggers.
 * Ranked by bm25 with titles weighted above bodies; restricted to the caller's
 * partnerships inside the query.
 */
export function createSearchIndex(db: Db): SearchIndex {
  const removePlan = db.prepare("DELETE FROM search_fts WHERE plan_id = ? AND kind <> 'comment'");
  const insert = db.prepare(
    "INSERT INTO search_fts (title, body, kind, partnership_id, plan_id, ref_id, comment_id) VALUES (?,?,?,?,?,?,NULL)",
  );
  const replace = db.transaction((planId: string, partnershipId: string, docs: SearchDocument[]) => {
    removePlan.run(planId);
    for (const d of docs) insert.run(stripMarkers(d.title), stripMarkers(d.body), d.kind, partnershipId, planId, d.refId);
  });

  return {
    async replacePlan(plan, docs) {
      replace.immediate(plan.planId, plan.partnershipId, docs);
    },
    async search(partnershipIds, terms, limit) {
      const match = ftsMatchExpression(terms);
      if (!match || partnershipIds.length === 0) return [];
      const n = Math.min(Math.max(1, Math.floor(limit) || 20), 100);
      const marks = `'${MARK_START}', '${MARK_END}'`;
      // Ranking scores every matching row; snippets are cheap next to that (measured: tests/bench/search.bench.ts).
      const sql = `SELECT kind, partnership_id, plan_id, ref_id, comment_id, title,
          snippet(search_fts, 1, ${marks}, '…', 24) AS snip,
          highlight(search_fts, 0, ${marks}) AS title_snip,
          bm25(search_fts, 4.0, 1.0) AS rank
        FROM search_fts
        WHERE search_fts MATCH ? AND partnership_id IN (${partnershipIds.map(() => "?").join(",")})
        ORDER BY rank LIMIT ?`;
      const rows = db.prepare<unknown[], HitRow>(sql).all(match, ...partnershipIds, n);
      return rows.map(
        (r): SearchIndexHit => ({
          kind: r.kind as SearchIndexHit["kind"],
          partnershipId: r.partnership_id,
          planId: r.plan_id,
          refId: r.ref_id,
          commentId: r.comment_id,
          title: r.title,
          markedSnippet: r.snip.includes(MARK_START) || !r.title_snip.includes(MARK_START) ? r.snip : r.title_snip,
          score: -r.rank,
        }),
      );
    },
  };
}
