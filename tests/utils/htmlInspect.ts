import { Parser } from "htmlparser2";

/** Every element of an HTML string (as a browser-like tokenizer sees it), with its attributes. */
export function htmlElements(html: string): Array<{ name: string; attrs: Record<string, string> }> {
  const out: Array<{ name: string; attrs: Record<string, string> }> = [];
  const parser = new Parser({ onopentag: (name, attrs) => out.push({ name, attrs }) }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return out;
}

/**
 * Problems with generated email HTML: elements outside `allowed`, any
 * attribute other than an http(s) `href` on `a` (and the template's `meta`).
 */
export function htmlProblems(html: string, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  for (const el of htmlElements(html)) {
    if (!allowed.includes(el.name)) problems.push(`element <${el.name}>`);
    for (const [k, v] of Object.entries(el.attrs)) {
      if (el.name === "a" && k === "href" && /^https?:\/\//i.test(v)) continue;
      if (el.name === "meta" && (k === "charset" || k === "http-equiv" || k === "content")) continue;
      problems.push(`<${el.name} ${k}="${v}">`);
    }
  }
  return problems;
}
