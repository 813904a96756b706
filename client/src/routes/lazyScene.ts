import { lazy, type ComponentType } from "react";

/** React.lazy for a scene module's named export, so scenes keep named exports. */
export function lazyScene<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
