import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The built client (`npm run build -w @jigsaw/client`). */
export const clientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../client/dist");

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

/**
 * What a cold load of the plan route fetches before any part of it is loaded
 * on demand: the app's entry, the plan page and the plan editor shell (both
 * load at once on that route) and every chunk they import statically. The
 * rich-text editor, tables, comments, the outcomes model, agreement, history
 * and export are dynamic imports and are left out.
 */
export const PLAN_ROUTE_MODULES = ["index.html", "src/scenes/Plan/PlanScene.tsx", "src/scenes/Plan/PlanEditor.tsx"] as const;

/** Read Vite's build manifest. */
export function readManifest(dist = clientDist): Record<string, ManifestChunk> {
  return JSON.parse(fs.readFileSync(path.join(dist, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
}

/** The JavaScript files (paths under dist) that `modules` load up front: their chunks and static imports, transitively. */
export function initialJsFiles(manifest: Record<string, ManifestChunk>, modules: readonly string[] = PLAN_ROUTE_MODULES): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`not in the build manifest: ${key}`);
    seen.add(key);
    for (const k of chunk.imports ?? []) visit(k);
  };
  for (const m of modules) visit(m);
  return [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith(".js"));
}
