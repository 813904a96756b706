import type { z } from "zod";
import { ApiError, type ClientErrorId } from "../api/ApiError.ts";
import type { ErrorId } from "@jigsaw/shared/errors";
import { errorsFromApi, hasErrors, validateWith, type FieldErrors } from "../utils/formErrors.ts";

/** The values a form holds: one entry per field, as the inputs show them. */
export type FormValues = Record<string, unknown>;

/** What the form does once `submit` has succeeded. */
export type AfterSuccess =
  /** Ready for another submit (errors cleared, values kept). */
  | "idle"
  /** Stay busy: the form is about to close or the page to change, so the button must not come back. */
  | "stay-busy"
  /** Back to the initial values, ready for another entry. */
  | "reset";

/** A failed submit's API error, as the server sent it (`{error:{id,message}}`). */
export interface FormApiError {
  id: ErrorId | ClientErrorId;
  message: string;
  /** The field the server named ("title: Enter a title"), when it did. */
  field: string | null;
  status: number;
}

/** How to validate and submit one form. */
export interface SchemaFormOptions<S extends z.ZodType, V extends FormValues> {
  /** The shared zod schema the server validates with too. */
  schema: S;
  initialValues: V;
  /**
   * Turn what the inputs hold into the schema's input (e.g. "" → undefined,
   * "a, b" → ["a", "b"]); a field left out or undefined fails as missing.
   * Default: the values as they are.
   */
  toInput?: (values: V) => Partial<z.input<S>>;
  /** Send the parsed data. Throw (an ApiError) to fail; the values are kept. */
  submit: (data: z.output<S>, values: V) => Promise<void>;
  /** Fields shown inline, in the order they appear on screen. Default: the keys of `initialValues`. */
  fields?: readonly string[];
  /** Replace the schema's message for a field with one written for this form ("Choose your sector"). */
  messages?: Partial<Record<string, string>>;
  /** Form-level messages for API error ids (e.g. `invalid_credentials`), instead of the server's message. */
  apiMessages?: Partial<Record<ErrorId | ClientErrorId, string>>;
  /** Default "idle". */
  afterSuccess?: AfterSuccess;
}

/** A snapshot of a form's state. */
export interface SchemaFormState<V extends FormValues> {
  values: V;
  /** Error per field; `_form` holds the error not tied to a field. */
  errors: FieldErrors;
  /** The API error of the last submit, if it failed at the server. */
  apiError: FormApiError | null;
  busy: boolean;
  /** How many times the form was submitted. */
  submitCount: number;
  /** Bumped on every failed submit: the view moves focus to the errors then. */
  failedSubmits: number;
}

/** How a submit ended. */
export type SubmitOutcome = "invalid" | "failed" | "succeeded" | "ignored";

/** The first field with an error, in screen order; `_form` when only the form has one; null when none. */
export function firstInvalidField(errors: FieldErrors, order: readonly string[]): string | null {
  for (const f of order) if (errors[f]) return f;
  for (const [f, message] of Object.entries(errors)) if (message && f !== "_form") return f;
  return errors._form ? "_form" : null;
}

function toApiError(err: unknown): FormApiError | null {
  return err instanceof ApiError ? { id: err.id, message: err.message, field: err.field, status: err.status } : null;
}

/**
 * The validate → submit → API error state machine behind `useSchemaForm`,
 * without React: values, field errors (schema first, then the server's),
 * a busy flag that also refuses a second submit while one is in flight, and a
 * counter of failed submits for moving focus. Values are never cleared by a
 * failure.
 */
export class SchemaFormController<S extends z.ZodType, V extends FormValues> {
  private current: SchemaFormState<V>;
  private readonly listeners = new Set<() => void>();
  private options: SchemaFormOptions<S, V>;

  constructor(options: SchemaFormOptions<S, V>) {
    this.options = options;
    this.current = { values: options.initialValues, errors: {}, apiError: null, busy: false, submitCount: 0, failedSubmits: 0 };
  }

  /** Use the latest options (callbacks close over the latest props). Initial values are read once. */
  setOptions(options: SchemaFormOptions<S, V>): void {
    this.options = options;
  }

  /** The current state (a new object after every change). */
  get state(): SchemaFormState<V> {
    return this.current;
  }

  /** Field names in screen order. */
  get fieldOrder(): readonly string[] {
    return this.options.fields ?? Object.keys(this.options.initialValues);
  }

  /** Be told after every change; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Set one field's value. Errors stay until the next submit (GOV.UK). */
  setValue<K extends keyof V>(name: K, value: V[K]): void {
    this.update({ values: { ...this.current.values, [name]: value } });
  }

  /** Set several fields at once. */
  setValues(patch: Partial<V>): void {
    this.update({ values: { ...this.current.values, ...patch } });
  }

  /** Validate with the schema and, when valid, submit. Ignored while a submit is in flight. */
  async submit(): Promise<SubmitOutcome> {
    if (this.current.busy) return "ignored";
    const { schema, toInput, messages, afterSuccess = "idle" } = this.options;
    const values = this.current.values;
    const submitCount = this.current.submitCount + 1;
    const v = validateWith(schema, toInput ? toInput(values) : values);
    if (!v.ok) {
      const errors: FieldErrors = { ...v.errors };
      for (const [field, message] of Object.entries(messages ?? {})) if (errors[field] && message) errors[field] = message;
      this.update({ errors, apiError: null, submitCount, failedSubmits: this.current.failedSubmits + 1 });
      return "invalid";
    }
    this.update({ busy: true, submitCount });
    try {
      await this.options.submit(v.data, values);
    } catch (err) {
      this.update({ busy: false, errors: this.apiErrors(err), apiError: toApiError(err), failedSubmits: this.current.failedSubmits + 1 });
      return "failed";
    }
    if (afterSuccess === "stay-busy") this.update({ errors: {}, apiError: null });
    else if (afterSuccess === "reset") this.update({ busy: false, errors: {}, apiError: null, values: this.options.initialValues });
    else this.update({ busy: false, errors: {}, apiError: null });
    return "succeeded";
  }

  private apiErrors(err: unknown): FieldErrors {
    const api = toApiError(err);
    const custom = api ? this.options.apiMessages?.[api.id] : undefined;
    if (custom) return { _form: custom };
    const errors = errorsFromApi(err, this.fieldOrder);
    return hasErrors(errors) ? errors : { _form: "Something went wrong. Try again." };
  }

  private update(patch: Partial<SchemaFormState<V>>): void {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l();
  }
}
