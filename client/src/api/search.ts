import type { SearchHit } from "@jigsaw/shared/comments/types";
import { request } from "./http.ts";

/** Full-text search across my partnerships' plans and comments. */
export async function searchAll(q: string, signal?: AbortSignal): Promise<SearchHit[]> {
  return (await request<{ data: SearchHit[] }>("GET", `/search?q=${encodeURIComponent(q)}&limit=30`, { signal })).data;
}
