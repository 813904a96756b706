import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "@jigsaw/shared/comments/commentBody";
import type { OutgoingMail } from "./mailer.ts";
import { oneLine } from "./mailer.ts";

/** What an email says about one notification (plain text; escaped here). */
export interface MailItem {
  title: string;
  excerpt: string;
  /** Absolute link into the app. */
  url: string;
  createdAt: string;
}

/**
 * Final allowlist over the HTML we generate (everything user-written was
 * escaped already; this is defence in depth): no scripts, styles, event
 * handlers or non-http(s) links survive.
 */
function safeHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "a", "strong", "em", "br", "ul", "li", "blockquote", "h1", "small"],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["http", "https"],
    allowProtocolRelative: false,
    disallowedTagsMode: "escape",
  });
}

function page(inner: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head><body>${safeHtml(inner)}</body></html>`;
}

function itemHtml(i: MailItem): string {
  return `<li><p><strong>${escapeHtml(i.title)}</strong></p><blockquote>${escapeHtml(i.excerpt)}</blockquote><p><a href="${escapeHtml(i.url)}">Open in Jigsaw</a></p></li>`;
}

function itemText(i: MailItem): string {
  return `${i.title}\n  "${i.excerpt}"\n  ${i.url}`;
}

const FOOTER_TEXT = "You can change which emails you get under Account settings in Jigsaw.";

/** One notification emailed at once (mentions by default). */
export function notificationMail(to: string, recipientName: string, item: MailItem, settingsUrl: string): OutgoingMail {
  const text = `Hello ${oneLine(recipientName, 80)},\n\n${itemText(item)}\n\n${FOOTER_TEXT}\n${settingsUrl}\n`;
  const html = page(
    `<p>Hello ${escapeHtml(oneLine(recipientName, 80))},</p><ul>${itemHtml(item)}</ul><p><small>${escapeHtml(FOOTER_TEXT)} <a href="${escapeHtml(settingsUrl)}">Settings</a></small></p>`,
  );
  return { to, subject: oneLine(item.title), text, html };
}

/** One email for a day's notifications. */
export function digestMail(to: string, recipientName: string, items: readonly MailItem[], settingsUrl: string): OutgoingMail {
  const n = items.length;
  const subject = `Jigsaw: ${n} update${n === 1 ? "" : "s"} for you`;
  const text = `Hello ${oneLine(recipientName, 80)},\n\nHere is what happened in your partnerships:\n\n${items.map(itemText).join("\n\n")}\n\n${FOOTER_TEXT}\n${settingsUrl}\n`;
  const html = page(
    `<p>Hello ${escapeHtml(oneLine(recipientName, 80))},</p><p>Here is what happened in your partnerships:</p><ul>${items.map(itemHtml).join("")}</ul><p><small>${escapeHtml(FOOTER_TEXT)} <a href="${escapeHtml(settingsUrl)}">Settings</a></small></p>`,
  );
  return { to, subject, text, html };
}

function linkMail(to: string, recipientName: string, subject: string, lead: string, action: string, url: string, after: string): OutgoingMail {
  const name = oneLine(recipientName, 80);
  const text = `Hello ${name},\n\n${lead}\n\n${action}:\n${url}\n\n${after}\n`;
  const html = page(
    `<p>Hello ${escapeHtml(name)},</p><p>${escapeHtml(lead)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p><p><small>${escapeHtml(after)}</small></p>`,
  );
  return { to, subject, text, html };
}

/** A single-use password reset link. */
export function passwordResetMail(to: string, recipientName: string, url: string, lifetime: string): OutgoingMail {
  return linkMail(
    to,
    recipientName,
    "Reset your Jigsaw password",
    "Someone (we hope you) asked to reset the password of your Jigsaw account.",
    "Choose a new password",
    url,
    `The link works once, for ${lifetime}. If you did not ask, ignore this email: your password stays as it is.`,
  );
}

/** A single-use email verification link. */
export function emailVerificationMail(to: string, recipientName: string, url: string, lifetime: string): OutgoingMail {
  return linkMail(
    to,
    recipientName,
    "Confirm your email address for Jigsaw",
    "Please confirm that this is your email address, so that partners can rely on it and you can reset your password if you forget it.",
    "Confirm my email address",
    url,
    `The link works once, for ${lifetime}. If you did not create a Jigsaw account, ignore this email.`,
  );
}
