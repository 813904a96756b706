/**
 * A same-site path to return to after signing in, from a `next` query value.
 * Anything that is not a plain local path ("//evil", "https://…") falls back.
 */
export function safeNext(next: string | null | undefined, fallback = "/partnerships"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
