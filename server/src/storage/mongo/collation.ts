/**
 * SQLite's `COLLATE NOCASE` in JavaScript, so both adapters list members and
 * partnerships in the same order: ASCII letters fold to lower case, everything
 * else compares by Unicode code point (= UTF-8 byte order, like memcmp).
 */
export function compareNoCase(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) {
      return x.done && y.done ? 0 : x.done ? -1 : 1;
    }
    const cx = fold(x.value.codePointAt(0)!);
    const cy = fold(y.value.codePointAt(0)!);
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
