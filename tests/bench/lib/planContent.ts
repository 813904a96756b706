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

/**
 * A typing trace (B4-like: single-character inserts at a moving cursor with
 * occasional jumps and backspaces) into one new section. Returns the update of
 * every operation, each one transaction, as a real editor would send them.
 */
export function typingTrace(ops: number, seed = 11, onUpdate?: (u: Uint8Array, i: number) => void): { doc: Y.Doc; count: number } {
  const rnd = prng(seed);
  const doc = new Y.Doc();
  doc.clientID = 777777;
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
  let cursor = 0;
  let len = 0;
  const letters = "etaoinshrdlu cmwfgypbvkjxqz,.";
  for (let i = 1; i < ops; i++) {
    const r = rnd();
    if (r < 0.003 && len > 0) cursor = Math.floor(rnd() * len); // jump
    if (r > 0.7 && cursor > 0) {
      text.delete(cursor - 1, 1); // backspace
      cursor--;
      len--;
    } else {
      text.insert(cursor, letters[Math.floor(rnd() * letters.length)]!);
      cursor++;
      len++;
    }
  }
  return { doc, count };
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
