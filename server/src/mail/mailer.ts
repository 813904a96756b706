import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "../env.ts";

/** One email: plain text plus escaped HTML. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends email through SMTP, or writes `.eml` files when no SMTP server is configured. */
export interface Mailer {
  /** "smtp" or "file". */
  readonly kind: "smtp" | "file";
  /** Where mail goes, for the start-up log (never the SMTP credentials). */
  readonly destination: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A header value on one line (no header injection through names or titles). */
export function oneLine(value: string, max = 200): string {
  const flat = value.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** The SMTP host:port of a URL, without credentials, for logs. */
function describeSmtp(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}${u.port ? `:${u.port}` : ""}`;
  } catch {
    return "smtp (unparseable URL)";
  }
}

/**
 * The mailer for this configuration: nodemailer over `SMTP_URL` when set,
 * else every message written as an `.eml` file under `DATA_DIR/mail/`.
 */
export function createMailer(config: Pick<Config, "smtpUrl" | "mailFrom" | "dataDir">): Mailer {
  const from = config.mailFrom;
  if (config.smtpUrl) {
    const transport: Transporter = nodemailer.createTransport(config.smtpUrl);
    return {
      kind: "smtp",
      destination: describeSmtp(config.smtpUrl),
      async send(mail) {
        await transport.sendMail({ from, to: mail.to, subject: oneLine(mail.subject), text: mail.text, html: mail.html });
      },
      close: () => transport.close(),
    };
  }
  const dir = path.join(config.dataDir, "mail");
  const transport: Transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "file",
    destination: dir,
    async send(mail) {
      const info = (await transport.sendMail({ from, to: mail.to, subject: oneLine(mail.subject), text: mail.text, html: mail.html })) as {
        message: Buffer;
      };
      await fs.mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(4).toString("hex")}.eml`;
      await fs.writeFile(path.join(dir, name), info.message, { mode: 0o600 });
    },
    close: () => transport.close(),
  };
}
