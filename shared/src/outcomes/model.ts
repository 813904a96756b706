import { MODEL_DATA } from "./data/modelData.ts";
import { hashValue } from "./hash.ts";
import { checkModelIntegrity } from "./integrity.ts";
import type { ModelContent } from "./integrity.ts";
import { OutcomesModelError } from "./outcomesErrors.ts";
import { ModelDataSchema } from "./schema.ts";
import type { OutcomesModel, Term } from "./schema.ts";

/** Version of the shipped model. Bump when data or schema change. */
export const MODEL_VERSION = "0.3.0";
/** The reference research version the data was converted from. */
export const REFERENCE_VERSION = "0.2-verified";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** The ETag value for a version and hash (quotes included, as HTTP wants). */
export function etagFor(version: string, hash: string): string {
  return `"${version}-${hash}"`;
}

/**
 * Finishes a model from already-parsed content: checks integrity (throws `OutcomesModelError`), hashes the content
 * and freezes it.
 */
export function finishModel(content: ModelContent, version: string): OutcomesModel {
  const issues = checkModelIntegrity(content);
  if (issues.length > 0) throw new OutcomesModelError(issues);
  const hash = hashValue(content);
  return deepFreeze({ version, hash, etag: etagFor(version, hash), ...content });
}

/**
 * Validates raw model data with zod, resolves each term's status (defaulting to its framework's), runs the
 * integrity checks and returns a frozen, hashed model. Throws `OutcomesModelError` on any problem.
 */
export function buildModel(data: unknown, version: string = MODEL_VERSION): OutcomesModel {
  const parsed = ModelDataSchema.safeParse(data);
  if (!parsed.success) {
    throw new OutcomesModelError(
      parsed.error.issues.map((i) => ({ code: "invalid_shape", path: i.path.join("."), message: i.message })),
    );
  }
  const fwStatus = new Map(parsed.data.frameworks.map((f) => [f.id, f.status]));
  const terms: Term[] = parsed.data.terms.map((t) => ({ ...t, status: t.status ?? fwStatus.get(t.framework) ?? "current" }));
  return finishModel({ ...parsed.data, terms }, version);
}

/** Loads and validates the shipped model (not memoised; prefer `getOutcomesModel()`). */
export function loadModel(): OutcomesModel {
  return buildModel(MODEL_DATA, MODEL_VERSION);
}

let cached: OutcomesModel | undefined;

/** The shipped model, loaded and validated once per process. */
export function getOutcomesModel(): OutcomesModel {
  cached ??= loadModel();
  return cached;
}
