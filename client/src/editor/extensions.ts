import { Extension, type AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";

/** Who the local person is, as shown on their caret (the server overwrites identity fields anyway). */
export interface CaretUser {
  name: string;
  color: string;
  sector: string;
  organisation: string;
}

/** Build a remote caret: a coloured bar with the person's name above it (decorative for screen readers). */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const colour = typeof user.color === "string" && /^#[0-9a-fA-F]{6}$/.test(user.color) ? user.color : "#505a5f";
  const name = typeof user.name === "string" && user.name ? user.name : "Someone";
  const caret = document.createElement("span");
  caret.className = "collab-caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = colour;
  const label = document.createElement("span");
  label.className = "collab-caret__label";
  label.style.backgroundColor = colour;
  label.textContent = name;
  caret.append(label);
  return caret;
}

/** Safe link targets: web and mail links only. */
export function isAllowedHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim());
}

/**
 * The extensions of one section body editor: StarterKit (without its own
 * history: Collaboration brings a Yjs undo manager, and without the trailing
 * node, which would write to the shared document just by opening it), links,
 * tables, the section's Y.XmlFragment and remote carets through the plan's
 * one shared awareness.
 */
export function sectionExtensions(opts: {
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  user: CaretUser;
  onLinkShortcut: () => void;
}): AnyExtension[] {
  const LinkShortcut = Extension.create({
    name: "jigsawLinkShortcut",
    addKeyboardShortcuts() {
      return {
        "Mod-k": () => {
          opts.onLinkShortcut();
          return true;
        },
      };
    },
  });
  return [
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto"],
        isAllowedUri: (url) => isAllowedHref(url) || /^[\w.-]+\.[a-z]{2,}/i.test(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    Collaboration.configure({ fragment: opts.fragment }),
    CollaborationCaret.configure({ provider: opts.provider, user: opts.user, render: renderCaret }),
    LinkShortcut,
  ] as unknown as AnyExtension[];
}
