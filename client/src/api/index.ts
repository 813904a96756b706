/** The typed Jigsaw API client. Import from here in scenes and components. */
export * as api from "./endpoints.ts";
export { ApiError, errorMessage, isApiError, UnexpectedResponseError } from "./ApiError.ts";
export { onUnauthenticated, request, send } from "./http.ts";
export type * from "./types.ts";
