import { SearchHitSchema, type SearchHit } from "@jigsaw/shared/comments/types";
import { z } from "zod";
import { request } from "./http.ts";
import { data } from "./types.ts";

/** Full-text search across my partnerships' plans and comments. */
export async function searchAll(q: string, signal?: AbortSignal): Promise<SearchHit[]> {
  return (await request("GET", `/search?q=${encodeURIComponent(q)}&limit=30`, data(z.array(SearchHitSchema)), { signal })).data;
}
