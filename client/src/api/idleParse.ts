import { z } from "zod";

/** Longest stretch of checking (ms) before giving the browser back its main thread. */
export const SLICE_BUDGET_MS = 4;
/** Longest wait (ms) for an idle moment before checking anyway, so a busy page still gets its answer. */
export const IDLE_TIMEOUT_MS = 500;

/**
 * Up to this many elements, an array of loose objects is split at each
 * element's fields too (a few large agreement rounds); longer arrays (the
 * model's terms and links) are split between elements, where a call per field
 * would cost more than it saves.
 */
const FEW = 16;

/** What checking an answer found: its parsed value, or zod's issues (with paths from the answer's root). */
export type IdleParseResult<T> = { success: true; data: T } | { success: false; issues: z.core.$ZodIssue[] };

/** Resolves when the browser is next idle (or after `timeoutMs`); in a runtime without idle callbacks, on the next task. */
function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof globalThis.requestIdleCallback === "function") globalThis.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

/** A loose zod object (unknown keys kept): the only kind split field by field, since its result is the input's keys plus each field's output. */
function isLooseObject(schema: z.ZodType): schema is z.ZodObject {
  return schema instanceof z.ZodObject && schema.def.catchall?._zod.def.type === "unknown";
}

/** A zod array with no length checks: the only kind split element by element, since its result is each element's output. */
function isPlainArray(schema: z.ZodType): schema is z.ZodArray {
  return schema instanceof z.ZodArray && (schema.def.checks?.length ?? 0) === 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Check a large answer with its zod schema without a long task on the main
 * thread: nothing is checked before the browser is idle, and the work is split
 * at the fields of loose objects (recursively, e.g. `{ data: { model: { terms, links, … } } }`)
 * and the elements of arrays (see `FEW`) into slices of about `SLICE_BUDGET_MS`, each in
 * its own idle moment. The result is the same as `schema.safeParse(value)`:
 * the same parsed value, or the same issues (paths from the root). Rejects
 * with the signal's reason if it is aborted while waiting.
 */
export async function parseWhenIdle<S extends z.ZodType>(schema: S, value: unknown, signal?: AbortSignal): Promise<IdleParseResult<z.output<S>>> {
  const issues: z.core.$ZodIssue[] = [];
  let sliceStart = Number.NEGATIVE_INFINITY;

  const due = () => performance.now() - sliceStart >= SLICE_BUDGET_MS;
  async function pause(): Promise<void> {
    await whenIdle(IDLE_TIMEOUT_MS);
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }

  async function check(part: z.ZodType, input: unknown, path: PropertyKey[]): Promise<unknown> {
    if (isLooseObject(part) && isPlainObject(input)) {
      const out: Record<string, unknown> = { ...input };
      for (const [key, field] of Object.entries(part.shape as Record<string, z.ZodType>)) {
        const parsed = await check(field, input[key], [...path, key]);
        if (parsed !== undefined || key in input) out[key] = parsed;
      }
      return out;
    }
    if (isPlainArray(part) && Array.isArray(input)) {
      const element = part.element as z.ZodType;
      const splitElements = input.length <= FEW && isLooseObject(element);
      const out: unknown[] = [];
      for (let i = 0; i < input.length; i++) {
        if (splitElements) {
          out.push(await check(element, input[i], [...path, i]));
          continue;
        }
        if (due()) await pause();
        out.push(checkNow(element, input[i], [...path, i]));
      }
      return out;
    }
    if (due()) await pause();
    return checkNow(part, input, path);
  }

  function checkNow(part: z.ZodType, input: unknown, path: PropertyKey[]): unknown {
    const parsed = part.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) issues.push({ ...issue, path: [...path, ...issue.path] });
    return undefined;
  }

  const data = await check(schema, value, []);
  return issues.length > 0 ? { success: false, issues } : { success: true, data: data as z.output<S> };
}
