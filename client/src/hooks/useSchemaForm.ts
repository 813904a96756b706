import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ChangeEvent, type FormEvent, type RefObject } from "react";
import type { z } from "zod";
import type { FieldErrors } from "../utils/formErrors.ts";
import { firstInvalidField, SchemaFormController, type FormApiError, type FormValues, type SchemaFormOptions, type SubmitOutcome } from "./schemaFormController.ts";

export type { AfterSuccess, FormApiError, SubmitOutcome } from "./schemaFormController.ts";

/** Options of `useSchemaForm`. */
export interface UseSchemaFormOptions<S extends z.ZodType, V extends FormValues> extends SchemaFormOptions<S, V> {
  /**
   * Put before each field's DOM name, for forms that share a page with others
   * (`"term-"` → input `term-label`, id `field-term-label`). Default "".
   */
  idPrefix?: string;
}

/** Keys of the values that hold text (what `field()` binds to an input). */
export type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** Props `field(name)` gives a TextField, TextAreaField or SelectField. */
export interface BoundFieldProps {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
}

/** Props for `<ErrorSummary>`. */
export interface SummaryProps {
  errors: FieldErrors;
  fieldId: (field: string) => string;
  order: readonly string[];
  ref: RefObject<HTMLDivElement | null>;
}

/** What `useSchemaForm` gives a form. */
export interface SchemaForm<V extends FormValues> {
  values: V;
  errors: FieldErrors;
  /** The server's error of the last submit (`{id, message}`), when it failed there. */
  apiError: FormApiError | null;
  busy: boolean;
  submitCount: number;
  setValue: <K extends keyof V>(name: K, value: V[K]) => void;
  setValues: (patch: Partial<V>) => void;
  /** The form's onSubmit: validate, then submit; moves focus to the errors when it fails. */
  handleSubmit: (e?: FormEvent) => Promise<SubmitOutcome>;
  /** name, value, error and onChange for a text field. */
  field: <K extends TextKeys<V>>(name: K) => BoundFieldProps;
  /** The DOM name of a field (with the prefix). */
  nameOf: (field: keyof V & string) => string;
  /** The DOM id of a field's input (`field-<name>`), which error-summary links focus. */
  fieldId: (field: string) => string;
  /** Spread on `<ErrorSummary>`. */
  summaryProps: SummaryProps;
}

/**
 * One form's validate → submit → API error cycle, with a shared zod schema:
 *
 * - validates with the schema (the server uses the same one) and shows the
 *   first message per field; `messages` can reword a field's message;
 * - while submitting, `busy` is true and a second submit is ignored;
 * - a failure at the server shows its message against the field it named,
 *   or above the form (`_form`), and keeps every value typed;
 * - after any failed submit, focus moves to the error summary (or, with no
 *   summary on screen, to the first invalid field), as GOV.UK forms do.
 */
export function useSchemaForm<S extends z.ZodType, V extends FormValues>(options: UseSchemaFormOptions<S, V>): SchemaForm<V> {
  const [controller] = useState(() => new SchemaFormController(options));
  useLayoutEffect(() => controller.setOptions(options));
  const snapshot = () => controller.state;
  const state = useSyncExternalStore(controller.subscribe, snapshot, snapshot);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const prefix = options.idPrefix ?? "";
  const nameOf = useCallback((field: string) => `${prefix}${field}`, [prefix]);
  const fieldId = useCallback((field: string) => `field-${prefix}${field}`, [prefix]);

  useEffect(() => {
    if (state.failedSubmits === 0) return;
    if (summaryRef.current) {
      summaryRef.current.focus();
      return;
    }
    const first = firstInvalidField(state.errors, controller.fieldOrder);
    if (first && first !== "_form") document.getElementById(fieldId(first))?.focus();
    // Only a new failed submit moves focus, never typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.failedSubmits]);

  const handleSubmit = useCallback(
    (e?: FormEvent) => {
      e?.preventDefault();
      return controller.submit();
    },
    [controller],
  );
  const setValue = useCallback(<K extends keyof V>(name: K, value: V[K]) => controller.setValue(name, value), [controller]);
  const setValues = useCallback((patch: Partial<V>) => controller.setValues(patch), [controller]);

  return {
    values: state.values,
    errors: state.errors,
    apiError: state.apiError,
    busy: state.busy,
    submitCount: state.submitCount,
    setValue,
    setValues,
    handleSubmit,
    field: (name) => ({
      name: nameOf(name),
      value: state.values[name] as string,
      error: state.errors[name],
      onChange: (e) => controller.setValue(name, e.target.value as V[typeof name]),
    }),
    nameOf,
    fieldId,
    summaryProps: { errors: state.errors, fieldId, order: controller.fieldOrder, ref: summaryRef },
  };
}
