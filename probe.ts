import { buildPlanExport } from "@jigsaw/shared/export/buildPlanExport";
import { boardPaperInput } from "./server/src/export/boardPaperFixture.ts";
import { renderPdf } from "./server/src/export/pdfRenderer.ts";
import { PassThrough } from "node:stream";
const e = buildPlanExport(boardPaperInput());
for (let k = 0; k < 2; k++) {
const t0 = Date.now();
const out = new PassThrough(); let n = 0; out.on("data", (c) => n += c.length);
await renderPdf(e, out);
console.log("ms", Date.now() - t0, n);
}
