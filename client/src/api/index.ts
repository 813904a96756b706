/** The typed Jigsaw API client. Import from here in scenes and components. */
export * as api from "./endpoints.ts";
export { ApiError, errorMessage, isApiError } from "./ApiError.ts";
export { onUnauthenticated, request } from "./http.ts";
export type * from "./types.ts";
