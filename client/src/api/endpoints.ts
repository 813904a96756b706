export * from "./auth.ts";
export * from "./partnerships.ts";
export * from "./plans.ts";
export * from "./outcomes.ts";
export * from "./indicatorImports.ts";
