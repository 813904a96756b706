import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

/** One `.eml` file the server wrote to `DATA_DIR/mail` (no SMTP_URL), parsed. */
export interface OutboxMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  parsed: ParsedMail;
}

/** Every email in the `.eml` outbox of a data directory, oldest first. */
export async function readOutbox(dataDir: string): Promise<OutboxMail[]> {
  const dir = path.join(dataDir, "mail");
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith(".eml")).sort();
  } catch {
    return [];
  }
  const out: OutboxMail[] = [];
  for (const name of names) {
    const parsed = await simpleParser(await fs.readFile(path.join(dir, name)));
    const to = parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((v) => v.address ?? "") : [];
    out.push({ file: name, to, subject: parsed.subject ?? "", text: parsed.text ?? "", parsed });
  }
  return out;
}

/** Wait (up to `timeoutMs`) for an email to `to` whose subject matches. */
export async function waitForMail(dataDir: string, to: string, subject: RegExp, timeoutMs = 5_000): Promise<OutboxMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readOutbox(dataDir)).filter((m) => m.to.includes(to) && subject.test(m.subject));
    if (found.length > 0) return found[found.length - 1]!;
    if (Date.now() > deadline) throw new Error(`no email to ${to} matching ${subject} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The first link in an email's text that starts with `prefix`. */
export function linkIn(mail: OutboxMail, prefix: string): string {
  const m = mail.text.split(/\s+/).find((w) => w.startsWith(prefix));
  if (!m) throw new Error(`no ${prefix} link in "${mail.subject}"`);
  return m;
}

/** The `token` in a link's fragment (`#token=...`). */
export function tokenOf(link: string): string {
  const t = new URLSearchParams(new URL(link).hash.slice(1)).get("token");
  if (!t) throw new Error(`no token in ${link}`);
  return t;
}
