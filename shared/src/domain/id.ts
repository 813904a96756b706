import { z } from "zod";

/** Ids are opaque strings: URL-safe, 8 to 64 characters. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "Not a valid id");
