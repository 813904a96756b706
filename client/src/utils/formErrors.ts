import type { z } from "zod";
import { ApiError } from "../api/ApiError.ts";

/** Error messages keyed by field name; `_form` holds errors not tied to a field. */
export type FieldErrors = Partial<Record<string, string>>;

/** Validate `values` with a shared zod schema; returns parsed data or the first error per field. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const r = schema.safeParse(values);
  if (r.success) return { ok: true, data: r.data };
  const errors: FieldErrors = {};
  for (const issue of r.error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * Turn a failed API call into field errors, using the field the server named
 * when it is one of ours ("readings.nhs" counts as "readings").
 */
export function errorsFromApi(e: unknown, fields: readonly string[]): FieldErrors {
  if (e instanceof ApiError) {
    const field = e.field?.split(".")[0];
    if (field && fields.includes(field)) return { [field]: e.message };
    return { _form: e.message };
  }
  return { _form: "Something went wrong. Try again." };
}

/** True when there is at least one error. */
export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean);
}
