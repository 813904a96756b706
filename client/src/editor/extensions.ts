import { Extension, type AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { defaultSelectionBuilder } from "@tiptap/y-tiptap";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { caretColour } from "./caretColours.ts";

/** Who the local person is, as shown on their caret (the server overwrites identity fields anyway). */
export interface CaretUser {
  name: string;
  color: string;
  sector: string;
  organisation: string;
}

/** Short sector names for caret labels (the sector stays beside each person's own colour). */
const SECTOR_MARKS: Record<string, string> = { council: "Council", nhs: "NHS", voluntary: "VCS", community: "Community", other_public: "Public", private: "Private" };

/**
 * Build a remote caret: a bar in the person's own colour with their name and
 * sector on a label above the line, which fades a moment after they stop
 * (so it never sits over the text being typed for long). Decorative for screen readers.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const colour = caretColour(user);
  const name = typeof user.name === "string" && user.name ? user.name : "Someone";
  const mark = typeof user.sector === "string" ? SECTOR_MARKS[user.sector] : undefined;
  const caret = document.createElement("span");
  caret.className = "collab-caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = colour;
  const label = document.createElement("span");
  label.className = "collab-caret__label";
  label.style.backgroundColor = colour;
  label.textContent = mark ? `${name} · ${mark}` : name;
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
    CollaborationCaret.configure({ provider: opts.provider, user: opts.user, render: renderCaret, selectionRender: (user) => defaultSelectionBuilder({ ...user, color: caretColour(user) }) }),
    LinkShortcut,
  ] as unknown as AnyExtension[];
}
