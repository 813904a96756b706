import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { getOutcomesModel } from "@jigsaw/shared/outcomes/index";
import { clientDist, initialJsFiles, readManifest } from "../utils/buildManifest.ts";

/** Issue 21: the plan route's initial JavaScript stays within 250 KB compressed. */
const BUDGET_KB = 250;

/** Bytes a browser that accepts brotli receives for one asset (the precompressed copy the server sends). */
function brotliBytes(file: string): number {
  const full = path.join(clientDist, file);
  if (fs.existsSync(`${full}.br`)) return fs.statSync(`${full}.br`).size;
  return zlib.brotliCompressSync(fs.readFileSync(full)).length;
}

describe("plan route JavaScript budget (built client)", () => {
  it(`loads at most ${BUDGET_KB} KB of compressed JavaScript before the editor's own code`, () => {
    const files = initialJsFiles(readManifest());
    const kb = files.reduce((s, f) => s + brotliBytes(f), 0) / 1024;
    expect(kb, `initial JS ${kb.toFixed(1)} KB: ${files.join(", ")}`).toBeLessThanOrEqual(BUDGET_KB);
  });

  it("keeps the rich-text editor, the outcomes model, comments, history and export out of it", () => {
    const manifest = readManifest();
    const initial = new Set(initialJsFiles(manifest));
    for (const key of ["src/editor/SectionBodyEditor.tsx", "src/scenes/Plan/comments/CommentSidebar.tsx", "src/scenes/Plan/agreement/PlanGovernancePanels.tsx", "src/editor/SectionOutcomes.tsx"]) {
      expect(manifest[key], key).toBeDefined();
      expect(initial.has(manifest[key]!.file), `${key} is loaded up front`).toBe(false);
    }
    // the outcomes model's data is not among the files loaded up front: none of its outcomes' sentences
    // (a field name such as "plainEnglish" may be there, in a response schema)
    const sentences = getOutcomesModel().outcomes.map((o) => o.plainEnglish.slice(0, 60));
    expect(sentences.length).toBeGreaterThan(5);
    for (const f of initial) {
      const text = fs.readFileSync(path.join(clientDist, f), "utf8");
      for (const s of sentences) expect(text.includes(s), `${f} holds the outcomes model ("${s}")`).toBe(false);
    }
  });
});
