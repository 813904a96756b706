import type { Editor } from "@tiptap/core";

/**
 * Run `attach` once the editor's view is mounted, and again on every later
 * mount (React's strict mode and Suspense can unmount and remount it); the
 * returned function detaches. Tiptap throws on `editor.view.dom` while the
 * view is not mounted, which an effect can see when it runs first.
 */
export function whenMounted(editor: Editor, attach: () => (() => void) | void): () => void {
  let detach: (() => void) | void;
  const run = () => {
    detach?.();
    // isDestroyed is true whenever there is no live view (never mounted, unmounted or destroyed).
    detach = editor.isDestroyed ? undefined : attach();
  };
  run();
  editor.on("mount", run);
  return () => {
    editor.off("mount", run);
    detach?.();
  };
}
