import type { z } from "zod";
import { ValidationError } from "../errors.ts";

/**
 * Parse untrusted input with a zod schema; on failure throw a 400 naming the
 * first bad field, e.g. "email: Enter a valid email address".
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
      message = `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    }
    throw ValidationError(`${where}${message}`);
  }
  return result.data;
}
