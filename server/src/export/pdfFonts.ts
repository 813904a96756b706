import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/*
 * The PDF export's fonts: DejaVu Sans (Sans Condensed in tables, whose
 * columns are narrow; Sans Mono for code). They cover Latin, Greek,
 * Cyrillic, Armenian, Georgian, Hebrew and Arabic (pdfkit's right-to-left
 * layout is basic: in mixed-direction lines a space can go astray), arrows,
 * maths and many symbols, and are embedded in each PDF as subsets (pdfkit
 * writes only the glyphs used). The files come from the `dejavu-fonts-ttf`
 * package, found by module resolution, and are read once per process.
 *
 * Chinese, Japanese kana and other CJK characters DejaVu lacks are drawn in
 * Noto Sans CJK SC (Regular and Bold, from the `@embedpdf/fonts-sc` package,
 * GB2312 coverage), also embedded as a subset; it is read only when an export
 * has such text. A character neither font has a glyph for (most emoji) is
 * drawn as "□".
 */

/** The faces the PDF export draws with. */
export type PdfFace = "regular" | "bold" | "italic" | "boldItalic" | "mono" | "table" | "tableBold";

const FILES: Record<PdfFace, string> = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
  mono: "DejaVuSansMono.ttf",
  table: "DejaVuSansCondensed.ttf",
  tableBold: "DejaVuSansCondensed-Bold.ttf",
};

/** The name each face is registered under in a document (`doc.font(PDF_FONT.bold)`): its file's name. */
export const PDF_FONT: Readonly<Record<PdfFace, string>> = Object.fromEntries(
  Object.entries(FILES).map(([face, file]) => [face, path.basename(file, ".ttf")]),
) as Record<PdfFace, string>;

/** The CJK fallback faces (Noto Sans CJK SC): bold faces fall back to Bold, the others to Regular. */
const FALLBACK_FILES = { regular: "NotoSansHans-Regular.otf", bold: "NotoSansHans-Bold.otf" } as const;
type FallbackWeight = keyof typeof FALLBACK_FILES;
/** The name a fallback face is registered under. */
export const PDF_FALLBACK_FONT: Readonly<Record<FallbackWeight, string>> = { regular: "NotoSansCJKsc-Regular", bold: "NotoSansCJKsc-Bold" };
const weightOf = (face: PdfFace): FallbackWeight => (face === "bold" || face === "boldItalic" || face === "tableBold" ? "bold" : "regular");

/** Shown instead of a character the face has no glyph for. */
export const MISSING_GLYPH = "□";

/** The part of a fontkit font used here. */
interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

interface LoadedFace {
  data: Buffer;
  font: GlyphCoverage;
  /** Coverage of code points below 0x100 (1 = glyph), looked up once. */
  latin1: Uint8Array;
  /** Coverage of other code points, as met. */
  seen: Map<number, boolean>;
  replacement: string;
}

let faces: Record<PdfFace, LoadedFace> | null = null;
let fallbacks: Record<FallbackWeight, LoadedFace> | null = null;

const require = createRequire(import.meta.url);
// fontkit as pdfkit loads it (pdfkit's dependency): the same parser pdfkit lays the text out with
const fontkit = () => createRequire(require.resolve("pdfkit"))("fontkit") as { create(data: Uint8Array): GlyphCoverage };

function loadFaces(): Record<PdfFace, LoadedFace> {
  if (faces) return faces;
  const dir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  faces = Object.fromEntries(Object.entries(FILES).map(([face, file]) => [face, loadFace(path.join(dir, file))])) as Record<PdfFace, LoadedFace>;
  return faces;
}

/** The CJK faces, read on first need (about 8 MB each). */
function loadFallbacks(): Record<FallbackWeight, LoadedFace> {
  if (fallbacks) return fallbacks;
  // the package's exports map hides package.json: find its folder from its entry point
  const dir = path.join(path.dirname(require.resolve("@embedpdf/fonts-sc")), "..", "fonts");
  fallbacks = { regular: loadFace(path.join(dir, FALLBACK_FILES.regular)), bold: loadFace(path.join(dir, FALLBACK_FILES.bold)) };
  return fallbacks;
}

function loadFace(file: string): LoadedFace {
  const data = fs.readFileSync(file);
  const font = fontkit().create(data);
  const latin1 = new Uint8Array(0x100);
  for (let cp = 0; cp < 0x100; cp++) latin1[cp] = font.hasGlyphForCodePoint(cp) ? 1 : 0;
  const replacement = font.hasGlyphForCodePoint(MISSING_GLYPH.codePointAt(0)!) ? MISSING_GLYPH : "?";
  return { data, font, latin1, seen: new Map(), replacement };
}

const withFallbacks = new WeakSet<PDFKit.PDFDocument>();

/** Register the export's faces with a pdfkit document (the font files are read on first use only). */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  const loaded = loadFaces();
  for (const face of Object.keys(FILES) as PdfFace[]) doc.registerFont(PDF_FONT[face], loaded[face].data);
}

/** Register the CJK faces with `doc` (once): before drawing a run in `PDF_FALLBACK_FONT`. */
export function registerFallbackFonts(doc: PDFKit.PDFDocument): void {
  if (withFallbacks.has(doc)) return;
  const loaded = loadFallbacks();
  for (const w of Object.keys(FALLBACK_FILES) as FallbackWeight[]) doc.registerFont(PDF_FALLBACK_FONT[w], loaded[w].data);
  withFallbacks.add(doc);
}

function hasGlyph(f: LoadedFace, cp: number): boolean {
  if (cp < 0x100) return f.latin1[cp] === 1;
  let has = f.seen.get(cp);
  if (has === undefined) {
    has = f.font.hasGlyphForCodePoint(cp);
    f.seen.set(cp, has);
  }
  return has;
}

const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;
/** C0 and C1 controls (line feed is handled before this is asked). */
const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** A run of text and the registered font to draw it in. */
export interface PdfRun {
  text: string;
  font: string;
  /** True for a CJK fallback font (register it with `registerFallbackFonts` first). */
  fallback: boolean;
}

/**
 * Text to draw in `face`, as runs: unchanged (NFC) and in the face when it can
 * show all of it. Otherwise line breaks are normalised to "\n" and tabs to
 * spaces, control characters are dropped, and so are invisible format
 * characters (variation selectors, joiners) no font has a glyph for; a
 * character (grapheme) the face lacks goes in a run of the CJK fallback font
 * when that has it, and becomes "□" (in the face) when neither has it or for a
 * lone surrogate.
 */
export function pdfRuns(text: string, face: PdfFace): PdfRun[] {
  const f = loadFaces()[face];
  const s = text.normalize("NFC");
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 0x0a) continue;
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isControl(cp) || isSurrogate(cp) || cp === 0x2028 || cp === 0x2029 || !hasGlyph(f, cp)) return refit(s, face, f);
  }
  return s ? [{ text: s, font: PDF_FONT[face], fallback: false }] : [];
}

/** Text to draw in `face` as one string (fallback runs included as they are): see `pdfRuns`. */
export function pdfText(text: string, face: PdfFace): string {
  return pdfRuns(text, face)
    .map((r) => r.text)
    .join("");
}

/** Text of the same width in the face alone, for measuring: a CJK character (1 em) counts as a "W". */
export function pdfMeasureText(runs: readonly PdfRun[]): string {
  return runs.map((r) => (r.fallback ? "W".repeat([...r.text].length) : r.text)).join("");
}

function refit(text: string, face: PdfFace, f: LoadedFace): PdfRun[] {
  const s = text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(/\t/g, "    ");
  const weight = weightOf(face);
  const runs: PdfRun[] = [];
  const push = (t: string, fallback: boolean) => {
    const last = runs[runs.length - 1];
    if (last && last.fallback === fallback) last.text += t;
    else runs.push({ text: t, font: fallback ? PDF_FALLBACK_FONT[weight] : PDF_FONT[face], fallback });
  };
  for (const { segment } of graphemes.segment(s)) {
    if (segment === "\n") {
      push(segment, false);
      continue;
    }
    let kept = "";
    let inFace = true;
    let broken = false;
    for (const ch of segment) {
      const cp = ch.codePointAt(0)!;
      if (isControl(cp)) continue;
      if (isSurrogate(cp)) broken = true;
      else if (!hasGlyph(f, cp)) {
        if (DEFAULT_IGNORABLE.test(ch)) continue;
        inFace = false;
      }
      kept += ch;
    }
    if (!kept) continue;
    if (broken) push(f.replacement, false);
    else if (inFace) push(kept, false);
    else {
      const fb = loadFallbacks()[weight];
      const shown = [...kept].filter((ch) => !(DEFAULT_IGNORABLE.test(ch) && !hasGlyph(fb, ch.codePointAt(0)!)));
      if (shown.length > 0 && shown.every((ch) => hasGlyph(fb, ch.codePointAt(0)!))) push(shown.join(""), true);
      else push(f.replacement, false);
    }
  }
  return runs;
}

/**
 * Text for the document information (title, author, subject): any Unicode
 * (pdfkit writes it as UTF-16), on one line, without control characters or
 * lone surrogates.
 */
export function pdfInfoText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/[\r\n\t\u2028\u2029]+/g, " ")) {
    const cp = ch.codePointAt(0)!;
    if (isControl(cp)) continue;
    out += isSurrogate(cp) ? "\uFFFD" : ch;
  }
  return out;
}
