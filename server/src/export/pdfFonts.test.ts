import { describe, expect, it } from "vitest";
import { MISSING_GLYPH, PDF_FALLBACK_FONT, PDF_FONT, pdfInfoText, pdfMeasureText, pdfRuns, pdfText } from "./pdfFonts.ts";

describe("pdfText (text for the embedded DejaVu faces, CJK in Noto Sans CJK SC)", () => {
  it("passes text the face can show through unchanged (NFC)", () => {
    const s = "Łódź → Cymru: ŵ ŷ ≠ ✓ ≥ µ € “quotes” — Ελληνικά Кириллица עברית\nline two\u00a0nbsp";
    expect(pdfText(s, "regular")).toBe(s);
    expect(pdfText(s, "table")).toBe(s);
    expect(pdfText("e\u0301", "regular")).toBe("é");
    expect(pdfText("<img src=x onerror=alert(1)>", "bold")).toBe("<img src=x onerror=alert(1)>");
  });

  it("shows each character (grapheme) the face has no glyph for as one □", () => {
    expect(MISSING_GLYPH).toBe("□");
    expect(pdfText("🦀 ok", "regular")).toBe("□ ok");
    expect(pdfText("go 🦀!", "bold")).toBe("go □!");
    // a family emoji (three emoji and two joiners), a flag (two regional indicators), a skin tone
    expect(pdfText("👩‍👩‍👧|🇬🇧|👍🏽", "regular")).toBe("□|□|□");
    // coverage is per face: Sans Mono has no Hebrew, Sans has
    expect(pdfText("שלום", "mono")).toBe("□□□□");
    expect(pdfText("שלום", "regular")).toBe("שלום");
  });

  it("drops invisible format characters the face lacks, keeping what they qualify", () => {
    // Sans Mono has no variation selectors or zero-width joiner; ✓ it has
    expect(pdfText("✓\ufe0f a\u200db", "mono")).toBe("✓ ab");
  });

  it("cannot break the PDF: control characters dropped, lone surrogates □, line breaks normalised, tabs as spaces", () => {
    expect(pdfText("a\u0000b\u0007c\u001b[0m\u007f\u0085d", "regular")).toBe("abc[0md");
    expect(pdfText("lone \ud800 high, lone \udc00 low", "regular")).toBe(`lone ${MISSING_GLYPH} high, lone ${MISSING_GLYPH} low`);
    expect(pdfText("end \ud83d", "regular")).toBe(`end ${MISSING_GLYPH}`);
    expect(pdfText("a\r\nb\rc\u2028d\u2029e", "regular")).toBe("a\nb\nc\nd\ne");
    expect(pdfText("a\tb", "mono")).toBe("a    b");
  });
});

describe("pdfRuns (CJK in the fallback font)", () => {
  it("draws what DejaVu lacks but Noto Sans CJK SC has in a fallback run, in the matching weight", () => {
    expect(pdfRuns("Café – Łódź – 健康 – ✓", "regular")).toEqual([
      { text: "Café – Łódź – ", font: PDF_FONT.regular, fallback: false },
      { text: "健康", font: PDF_FALLBACK_FONT.regular, fallback: true },
      { text: " – ✓", font: PDF_FONT.regular, fallback: false },
    ]);
    expect(pdfRuns("健康", "tableBold")).toEqual([{ text: "健康", font: PDF_FALLBACK_FONT.bold, fallback: true }]);
    expect(pdfText("中文 ok 🦀", "mono")).toBe("中文 ok □");
  });

  it("measures a CJK character as one wide Latin letter", () => {
    expect(pdfMeasureText(pdfRuns("a健康b", "regular"))).toBe("aWWb");
  });
});

describe("pdfInfoText (document information)", () => {
  it("keeps any Unicode on one line without controls or lone surrogates", () => {
    expect(pdfInfoText("Łódź 中文 🦀")).toBe("Łódź 中文 🦀");
    expect(pdfInfoText("a\r\nb\tc\u0000d \ud800")).toBe("a b cd \ufffd");
  });
});
