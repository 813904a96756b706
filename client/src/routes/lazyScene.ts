import { createElement, type ComponentType } from "react";
import { lazyPart } from "../components/LazyPart.tsx";
import { LoadingState } from "../components/StatusViews.tsx";

/**
 * A scene whose code loads when its route is first shown (a scene module's
 * named export, so scenes keep named exports), with the page's loading state
 * meanwhile and a "Try again" message if its code cannot be fetched.
 */
export function lazyScene<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K): ComponentType {
  return lazyPart<object>(async () => (await load())[name] as ComponentType, "this page", { fallback: () => createElement(LoadingState) });
}
