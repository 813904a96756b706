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
 * A character DejaVu has no glyph for (CJK, most emoji) is drawn as "□".
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

function loadFaces(): Record<PdfFace, LoadedFace> {
  if (faces) return faces;
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  // fontkit as pdfkit loads it (pdfkit's dependency): the same parser pdfkit lays the text out with
  const fontkit = createRequire(require.resolve("pdfkit"))("fontkit") as { create(data: Uint8Array): GlyphCoverage };
  const load = (file: string): LoadedFace => {
    const data = fs.readFileSync(path.join(dir, file));
    const font = fontkit.create(data);
    const latin1 = new Uint8Array(0x100);
    for (let cp = 0; cp < 0x100; cp++) latin1[cp] = font.hasGlyphForCodePoint(cp) ? 1 : 0;
    const replacement = font.hasGlyphForCodePoint(MISSING_GLYPH.codePointAt(0)!) ? MISSING_GLYPH : "?";
    return { data, font, latin1, seen: new Map(), replacement };
  };
  faces = Object.fromEntries(Object.entries(FILES).map(([face, file]) => [face, load(file)])) as Record<PdfFace, LoadedFace>;
  return faces;
}

/** Register the export's faces with a pdfkit document (the font files are read on first use only). */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  const loaded = loadFaces();
  for (const face of Object.keys(FILES) as PdfFace[]) doc.registerFont(PDF_FONT[face], loaded[face].data);
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

/**
 * Text to draw in `face`: unchanged (NFC) when the face can show all of it.
 * Otherwise line breaks are normalised to "\n" and tabs to spaces, control
 * characters are dropped, and so are invisible format characters (variation
 * selectors, joiners) the face has no glyph for; a character (grapheme) the
 * face cannot show, or a lone surrogate, becomes "□".
 */
export function pdfText(text: string, face: PdfFace): string {
  const f = loadFaces()[face];
  const s = text.normalize("NFC");
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c === 0x0a) continue;
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isControl(cp) || isSurrogate(cp) || cp === 0x2028 || cp === 0x2029 || !hasGlyph(f, cp)) return refit(s, f);
  }
  return s;
}

function refit(text: string, f: LoadedFace): string {
  const s = text.replace(/\r\n?|[\u2028\u2029]/g, "\n").replace(/\t/g, "    ");
  let out = "";
  for (const { segment } of graphemes.segment(s)) {
    if (segment === "\n") {
      out += segment;
      continue;
    }
    let kept = "";
    let shown = true;
    for (const ch of segment) {
      const cp = ch.codePointAt(0)!;
      if (isControl(cp)) continue;
      if (isSurrogate(cp)) shown = false;
      else if (!hasGlyph(f, cp)) {
        if (DEFAULT_IGNORABLE.test(ch)) continue;
        shown = false;
      }
      kept += ch;
    }
    if (kept) out += shown ? kept : f.replacement;
  }
  return out;
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
