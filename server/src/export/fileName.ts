/** ASCII slug: lower case letters, digits and hyphens; accents folded; at most `max` characters. */
export function slugify(text: string, max = 60): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
  return s;
}

/** A safe download name: `<plan>-<version>-<date>.<ext>`, ASCII only. */
export function exportFileName(planTitle: string, versionName: string, date: string, ext: string): string {
  const parts = [slugify(planTitle, 50) || "plan", slugify(versionName, 40), date.slice(0, 10)].filter(Boolean);
  return `${parts.join("-")}.${ext.replace(/[^a-z0-9]/g, "")}`;
}

/**
 * `Content-Disposition: attachment` with an ASCII `filename` (quotes and
 * backslashes removed) and an RFC 5987 `filename*`.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** MIME types of the export formats. */
export const EXPORT_MIME: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  json: "application/json; charset=utf-8",
};
