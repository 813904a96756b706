/** Comments, notifications, "since your last visit" and search: shared types, schemas and pure helpers. */
export * from "./anchor.ts";
export * from "./commentBody.ts";
export * from "./schemas.ts";
export * from "./searchText.ts";
export * from "./textAnchor.ts";
export type * from "./types.ts";
export type * from "./events.ts";
