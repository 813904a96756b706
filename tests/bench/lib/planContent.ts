/**
 * Plan content for the benchmarks, written as self-contained Yjs updates
 * (they only reference their own items, so they apply to any plan document
 * and to the peers' empty documents alike).
 */
import * as Y from "yjs";

/** mulberry32: small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = "the partnership will work with residents council nhs trust voluntary sector to reduce health inequalities in housing employment and early years across every ward".split(" ");

/** A fleet plan (~26 KB): 150 action maps plus a section with ~4 KB of text, as one update. */
export function fleetPlanUpdate(seed = 7): Uint8Array {
  const rnd = prng(seed);
  const doc = new Y.Doc();
  doc.clientID = 424242;
  doc.transact(() => {
    const actions = doc.getMap("actions");
    for (let i = 0; i < 150; i++) {
      const a = new Y.Map<unknown>();
      actions.set(`bench-action-${i}`, a);
      a.set("title", `Action ${i}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]}`);
      a.set("status", "on_track");
      a.set("owner", `Organisation ${i % 9}`);
      a.set("due", "2026-03-31");
    }
    const section = new Y.Map<unknown>();
    doc.getMap("sections").set("bench-section", section);
    section.set("title", "Bench section");
    const frag = new Y.XmlFragment();
    section.set("body", frag);
    const p = new Y.XmlElement("paragraph");
    frag.insert(0, [p]);
    const t = new Y.XmlText();
    p.insert(0, [t]);
    let s = "";
    while (s.length < 4096) s += WORDS[Math.floor(rnd() * WORDS.length)] + " ";
    t.insert(0, s);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** Published statistics of B4, the automerge-paper editing trace (performance.md §1.1, §3.4; Yjs 13.6). */
export const B4_STATS = {
  ops: 259_778,
  inserts: 182_315,
  deletes: 77_463,
  finalTextLength: 104_852,
  logBytes: 6_320_000,
  snapshotV1Bytes: 311_035,
  snapshotV2Bytes: 159_926,
} as const;

/** What a generated typing trace did. */
export interface TypingTraceStats {
  ops: number;
  inserts: number;
  deletes: number;
  /** Cursor jumps to another place in the text before an edit (revisions). */
  jumps: number;
  /** Runs of consecutive backspaces. */
  deleteRuns: number;
  finalTextLength: number;
}

/** Chance that an edit starts after a cursor jump (a revision elsewhere in the text). */
const JUMP_P = 0.009;
/** Deletion runs: short typo fixes (geometric, mean 3) and, 22 % of runs, rewrites (mean 40). */
const SHORT_RUN_MEAN = 3;
const LONG_RUN_MEAN = 40;
const LONG_RUN_SHARE = 0.22;

/**
 * A typing trace shaped like B4 (the real trace is not shipped): one
 * single-character edit per transaction, typed at a moving cursor; before
 * 0.9 % of edits the cursor jumps to a random place in the text (a revision);
 * deletions come in backspace runs (78 % typo fixes of mean 3 characters,
 * 22 % rewrites of mean 40) and make up B4's share of edits (29.8 %). The
 * run lengths and jump rate were calibrated against B4's final text and
 * snapshot sizes, not against load time: at 259,778 ops (seed 11) it ends
 * with 104,011 characters, a 308,660 B V1 / 165,821 B V2 snapshot and a
 * 6.30 MB log (B4: 104,852 characters, 311,035 / 159,926 B, 6.32 MB). The
 * writer's client id is a 32-bit value like the random ids Yjs assigns.
 * Returns the update of every operation, as a real editor would send them.
 */
export function typingTrace(ops: number, seed = 11, onUpdate?: (u: Uint8Array, i: number) => void): { doc: Y.Doc; count: number; stats: TypingTraceStats } {
  const rnd = prng(seed);
  const doc = new Y.Doc();
  doc.clientID = 2_876_543_210;
  let count = 0;
  doc.on("update", (u: Uint8Array) => onUpdate?.(u, count++));
  let text!: Y.XmlText;
  doc.transact(() => {
    const section = new Y.Map<unknown>();
    doc.getMap("sections").set("bench-trace", section);
    section.set("title", "Typing trace");
    const frag = new Y.XmlFragment();
    section.set("body", frag);
    const p = new Y.XmlElement("paragraph");
    frag.insert(0, [p]);
    text = new Y.XmlText();
    p.insert(0, [text]);
  });
  const deleteShare = B4_STATS.deletes / B4_STATS.ops;
  const meanRun = LONG_RUN_SHARE * LONG_RUN_MEAN + (1 - LONG_RUN_SHARE) * SHORT_RUN_MEAN;
  // chance that an edit starts a deletion run, so that deletions are `deleteShare` of all edits
  const runStart = deleteShare / (meanRun * (1 - deleteShare) + deleteShare);
  const geometric = (mean: number) => 1 + Math.floor(Math.log(1 - rnd()) / Math.log(1 - 1 / mean));
  const letters = "etaoinshrdlu cmwfgypbvkjxqz,.";
  const stats: TypingTraceStats = { ops: 0, inserts: 0, deletes: 0, jumps: 0, deleteRuns: 0, finalTextLength: 0 };
  let cursor = 0;
  let len = 0;
  let backspaces = 0;
  for (let i = 1; i < ops; i++) {
    if (backspaces === 0 || cursor === 0) {
      backspaces = 0;
      if (len > 0 && rnd() < JUMP_P) {
        cursor = Math.floor(rnd() * (len + 1));
        stats.jumps++;
      }
      if (cursor > 0 && rnd() < runStart) {
        backspaces = Math.min(cursor, geometric(rnd() < LONG_RUN_SHARE ? LONG_RUN_MEAN : SHORT_RUN_MEAN));
        stats.deleteRuns++;
      }
    }
    if (backspaces > 0) {
      text.delete(cursor - 1, 1);
      cursor--;
      len--;
      backspaces--;
      stats.deletes++;
    } else {
      text.insert(cursor, letters[Math.floor(rnd() * letters.length)]!);
      cursor++;
      len++;
      stats.inserts++;
    }
  }
  stats.ops = count;
  stats.finalTextLength = len;
  return { doc, count, stats };
}

/**
 * A large plan as one update: `sections` sections whose text was typed as
 * `inserts` words at random positions (many separate items, like a long-edited
 * plan), built in one transaction per section for speed.
 */
export function bigPlanUpdate(sections: number, inserts: number, seed = 5): Uint8Array {
  const rnd = prng(seed);
  const doc = new Y.Doc();
  doc.clientID = 555555;
  const per = Math.ceil(inserts / sections);
  for (let s = 0; s < sections; s++) {
    doc.transact(() => {
      const section = new Y.Map<unknown>();
      doc.getMap("sections").set(`bench-big-${s}`, section);
      section.set("title", `Section ${s}`);
      const frag = new Y.XmlFragment();
      section.set("body", frag);
      const p = new Y.XmlElement("paragraph");
      frag.insert(0, [p]);
      const t = new Y.XmlText();
      p.insert(0, [t]);
      let len = 0;
      for (let i = 0; i < per; i++) {
        const w = WORDS[Math.floor(rnd() * WORDS.length)]! + " ";
        t.insert(Math.floor(rnd() * (len + 1)), w);
        len += w.length;
      }
    });
  }
  return Y.encodeStateAsUpdate(doc);
}
