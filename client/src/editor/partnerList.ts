import { PLAN_LIMITS, readAction, updateActionField } from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";

/** An organisation name as stored: trimmed, runs of white space (line breaks too) made one space. */
export function normalisePartner(raw: string): string {
  return raw.replace(/\s+/g, " ").trim();
}

/** What two names are compared by: "Riverside CVS" and " riverside  cvs" are the same organisation. */
export function partnerKey(name: string): string {
  return normalisePartner(name).toLocaleLowerCase("en-GB");
}

/** Why a name was not added. */
export type AddRefusal = "empty" | "duplicate" | "too_long" | "full";

/** The list after adding a name, or why it was not added (`existing`: the entry it duplicates). */
export type AddResult = { ok: true; name: string; values: string[] } | { ok: false; reason: AddRefusal; existing?: string };

/**
 * Adds one organisation to the end of a list: normalised, ignored when already
 * there (whatever its case), refused when longer than a line field or when the
 * list is full (the limits the plan document enforces).
 */
export function addPartner(values: readonly string[], raw: string): AddResult {
  const name = normalisePartner(raw);
  if (name === "") return { ok: false, reason: "empty" };
  if (name.length > PLAN_LIMITS.fieldTextMax) return { ok: false, reason: "too_long" };
  const key = partnerKey(name);
  const existing = values.find((v) => partnerKey(v) === key);
  if (existing !== undefined) return { ok: false, reason: "duplicate", existing };
  if (values.length >= PLAN_LIMITS.listMax) return { ok: false, reason: "full" };
  return { ok: true, name, values: [...values, name] };
}

/** The list without `name` (that exact entry: a person removes the token they see). */
export function removePartner(values: readonly string[], name: string): string[] {
  return values.filter((v) => v !== name);
}

/**
 * Text typed or pasted into the add box, split at commas: every complete entry
 * (followed by a comma) to add, and what is still being typed.
 */
export function splitEntries(text: string): { complete: string[]; rest: string } {
  const parts = text.split(",");
  const rest = parts.pop() ?? "";
  return { complete: parts.map(normalisePartner).filter(Boolean), rest };
}

/** Suggestions for one action: the organisations given, once each (first spelling wins), minus those it lists, sorted. */
export function partnerSuggestions(organisations: Iterable<string>, current: readonly string[]): string[] {
  const taken = new Set(current.map(partnerKey));
  const out = new Map<string, string>();
  for (const o of organisations) {
    const name = normalisePartner(o);
    const key = partnerKey(name);
    if (name && !taken.has(key) && !out.has(key)) out.set(key, name);
  }
  return [...out.values()].sort((a, b) => a.localeCompare(b, "en-GB", { sensitivity: "base" }));
}

/** A message for a refused addition (shown beside the field and announced). */
export function refusalMessage(result: Extract<AddResult, { ok: false }>): string {
  switch (result.reason) {
    case "empty":
      return "Type an organisation's name first.";
    case "duplicate":
      return `${result.existing} is already listed.`;
    case "too_long":
      return `An organisation's name can be at most ${PLAN_LIMITS.fieldTextMax} characters.`;
    case "full":
      return `An action can list at most ${PLAN_LIMITS.listMax} partner organisations.`;
  }
}

/**
 * Adds a partner organisation to an action in the document, at once. The list
 * is read from the document at this moment (not from what the screen last
 * showed), and written as one insertion, so a concurrent addition or removal
 * by someone else both survive.
 */
export function addActionPartner(doc: Y.Doc, actionId: string, raw: string): AddResult {
  const current = readAction(doc, actionId)?.partnerOrganisations;
  if (!current) return { ok: false, reason: "empty" };
  const result = addPartner(current, raw);
  if (result.ok) updateActionField(doc, actionId, "partnerOrganisations", result.values);
  return result;
}

/** Removes one partner organisation from an action in the document, at once (one deletion: merges like an addition). */
export function removeActionPartner(doc: Y.Doc, actionId: string, name: string): void {
  const current = readAction(doc, actionId)?.partnerOrganisations;
  if (!current?.includes(name)) return;
  updateActionField(doc, actionId, "partnerOrganisations", removePartner(current, name));
}
