import { describe, expect, it } from "vitest";
import {
  canonicalCommentBody,
  commentExcerpt,
  decodeMentions,
  encodeMentions,
  mentionedUserIds,
  parseCommentBody,
  renderCommentHtml,
  renderCommentText,
  safeHref,
} from "./commentBody.ts";
import { XSS_PAYLOADS } from "./xssCorpus.ts";

/** Tags the email renderer may emit; everything else must be escaped text. */
const ALLOWED_TAG = /<(?:strong|\/strong|em|\/em|br|\/a|a href="(?:https?|mailto):[^"<>]*" rel="noopener noreferrer")>/g;

describe("comment body sanitiser", () => {
  it("keeps the supported formatting", () => {
    const body = canonicalCommentBody("**Bold** and *italic*\nsee [the JSNA](https://example.org/jsna) or https://example.org/a?b=1.");
    expect(parseCommentBody(body)).toEqual([
      { type: "text", text: "Bold", bold: true },
      { type: "text", text: " and " },
      { type: "text", text: "italic", italic: true },
      { type: "break" },
      { type: "text", text: "see " },
      { type: "link", href: "https://example.org/jsna", text: "the JSNA" },
      { type: "text", text: " or " },
      { type: "link", href: "https://example.org/a?b=1", text: "https://example.org/a?b=1" },
      { type: "text", text: "." },
    ]);
  });

  it("only links http, https and mailto URLs", () => {
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("JaVaScRiPt:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<script>")).toBeNull();
    expect(safeHref("file:///etc/passwd")).toBeNull();
    expect(safeHref("https://user:pw@example.org")).toBeNull();
    expect(safeHref("mailto:a@example.org")).toBe("mailto:a@example.org");
    const nodes = parseCommentBody(canonicalCommentBody("[x](javascript:alert(1))"));
    expect(nodes.every((n) => n.type === "text")).toBe(true);
  });

  it("keeps literal markup characters as text, and canonical form is stable", () => {
    const body = canonicalCommentBody("2 * 3 = 6 and [not a link] @nobody \\*");
    expect(renderCommentText(body)).toBe("2 * 3 = 6 and [not a link] @nobody *");
    expect(canonicalCommentBody(body)).toBe(body);
  });

  it("keeps only accepted mentions, with the member's real name", () => {
    const raw = "Hi @[Boss](user:member000001) and @[Eve](user:stranger0001)";
    const body = canonicalCommentBody(raw, { keepMention: (id) => id === "member000001", nameOf: () => "Sam Patel" });
    expect(mentionedUserIds(body)).toEqual(["member000001"]);
    expect(renderCommentText(body)).toBe("Hi @Sam Patel and @Eve");
  });

  it("strips control and bidi-override characters", () => {
    expect(canonicalCommentBody("a\u0000b\u202Ec\u2066d\r\ne")).toBe("abcd\ne");
  });

  it("round-trips composer mentions", () => {
    const picked = [{ userId: "member000001", name: "Sam Patel" }, { userId: "member000002", name: "Sam" }];
    const stored = encodeMentions("@Sam Patel and @Sam, see above", picked);
    expect(mentionedUserIds(stored)).toEqual(["member000001", "member000002"]);
    expect(decodeMentions(stored).text).toBe("@Sam Patel and @Sam, see above");
    expect(commentExcerpt(stored)).toBe("@Sam Patel and @Sam, see above");
  });

  it(`leaves all ${XSS_PAYLOADS.length} corpus payloads inert in HTML and stable in canonical form`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(150);
    for (const payload of XSS_PAYLOADS) {
      const body = canonicalCommentBody(payload);
      expect(canonicalCommentBody(body), payload).toBe(body);
      const html = renderCommentHtml(body);
      const rest = html.replace(ALLOWED_TAG, "");
      expect(rest, payload).not.toMatch(/[<>"]/);
      expect(html, payload).not.toMatch(/href="(?!https?:|mailto:)/i);
      expect(html, payload).not.toMatch(/\son[a-z]+\s*=/i);
      expect(renderCommentText(body), payload).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
  });
});
