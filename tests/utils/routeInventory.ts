import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const routesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../server/src/routes");

/** One REST route as declared in server/src/routes, e.g. `PATCH /api/plans/:planId`. */
export interface DeclaredRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
}

/**
 * Every route declared in `server/src/routes/*.ts`, read from the source:
 * mount points from `api.use("/prefix", factory(ctx))` in index.ts, and
 * `router.<method>("/path", ...)` calls inside each exported factory.
 * Tests use it to prove they cover every route.
 */
export function declaredRoutes(): DeclaredRoute[] {
  const index = fs.readFileSync(path.join(routesDir, "index.ts"), "utf8");
  const mounts = new Map<string, string[]>();
  for (const m of index.matchAll(/\.use\(\s*["'`]([^"'`]+)["'`]\s*,\s*(\w+)\(/g)) {
    const list = mounts.get(m[2]!) ?? [];
    list.push(m[1]!);
    mounts.set(m[2]!, list);
  }
  const routes: DeclaredRoute[] = [];
  for (const file of fs.readdirSync(routesDir)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file === "index.ts") continue;
    const src = fs.readFileSync(path.join(routesDir, file), "utf8");
    // Split into exported factories; the text after each header up to the next belongs to it.
    const parts = src.split(/export\s+function\s+(\w+)\s*\(/);
    for (let i = 1; i < parts.length; i += 2) {
      const factory = parts[i]!;
      const body = parts[i + 1]!;
      const prefixes = mounts.get(factory);
      if (!prefixes) continue;
      for (const r of body.matchAll(/\b\w+\.(get|post|put|patch|delete)\(\s*["'`](\/[^"'`]*)["'`]/g)) {
        for (const prefix of prefixes) {
          const sub = r[2] === "/" ? "" : r[2]!;
          routes.push({ method: r[1]!.toUpperCase() as DeclaredRoute["method"], path: `/api${prefix}${sub}` });
        }
      }
    }
  }
  return routes;
}

/** `METHOD /path` key for a route. */
export function routeKey(r: DeclaredRoute): string {
  return `${r.method} ${r.path}`;
}
