import { describe, expect, it, vi } from "vitest";
import { PartnershipCreateSchema } from "@jigsaw/shared/domain/partnership";
import type { Sector } from "@jigsaw/shared/domain/sector";
import { SignInSchema } from "@jigsaw/shared/domain/user";
import { LocalOutcomeCreateSchema } from "@jigsaw/shared/outcomes/index";
import { ApiError } from "../api/ApiError.ts";
import { firstInvalidField, SchemaFormController, type SchemaFormOptions } from "./schemaFormController.ts";

const signIn = (over: Partial<SchemaFormOptions<typeof SignInSchema, { email: string; password: string }>> = {}) =>
  new SchemaFormController({ schema: SignInSchema, initialValues: { email: "", password: "" }, submit: async () => {}, ...over });

/** A promise to settle by hand, to look at the form while a submit is in flight. */
function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("SchemaFormController", () => {
  it("submits the schema's parsed output (trimmed, lower-cased) and clears earlier errors", async () => {
    const submit = vi.fn(async () => {});
    const form = signIn({ submit });
    expect(await form.submit()).toBe("invalid");
    form.setValues({ email: "  Ana@Example.ORG ", password: "pw" });
    expect(await form.submit()).toBe("succeeded");
    expect(submit).toHaveBeenCalledExactlyOnceWith({ email: "ana@example.org", password: "pw" }, { email: "  Ana@Example.ORG ", password: "pw" });
    expect(form.state).toMatchObject({ errors: {}, apiError: null, busy: false, submitCount: 2, failedSubmits: 1 });
  });

  it("shows the first schema message per field, does not submit, and keeps what was typed", async () => {
    const submit = vi.fn(async () => {});
    const form = signIn({ submit });
    form.setValue("email", "not an email");
    expect(await form.submit()).toBe("invalid");
    expect(submit).not.toHaveBeenCalled();
    expect(form.state.errors).toEqual({ email: "Enter a valid email address", password: "Enter your password" });
    expect(form.state.values).toEqual({ email: "not an email", password: "" });
    expect(form.state).toMatchObject({ busy: false, submitCount: 1, failedSubmits: 1 });
  });

  it("maps the inputs to the schema's input and rewords a field's message", async () => {
    const submit = vi.fn(async () => {});
    const form = new SchemaFormController({
      schema: PartnershipCreateSchema,
      initialValues: { name: "Riverside", place: "Riverside", description: "", organisation: "Council", sector: "" as Sector | "" },
      toInput: (v) => ({ ...v, sector: v.sector || undefined }),
      messages: { sector: "Choose your sector", name: "Not used: name is valid" },
      submit,
    });
    await form.submit();
    expect(form.state.errors).toEqual({ sector: "Choose your sector" });
    form.setValue("sector", "nhs");
    expect(await form.submit()).toBe("succeeded");
    expect(submit).toHaveBeenCalledWith({ name: "Riverside", place: "Riverside", description: "", organisation: "Council", sector: "nhs" }, expect.anything());
  });

  it("is busy while submitting and ignores a second submit until the first settles", async () => {
    const d = deferred();
    const submit = vi.fn(() => d.promise);
    const form = signIn({ initialValues: { email: "a@b.org", password: "pw" }, submit });
    const seen: boolean[] = [];
    form.subscribe(() => seen.push(form.state.busy));
    const first = form.submit();
    expect(form.state.busy).toBe(true);
    expect(await form.submit()).toBe("ignored");
    d.resolve();
    expect(await first).toBe("succeeded");
    expect(submit).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([true, false]);
  });

  it("puts a server validation error against the field it names and keeps every value", async () => {
    const form = signIn({
      initialValues: { email: "a@b.org", password: "pw" },
      submit: async () => {
        throw new ApiError(400, "validation_error", "email: That email is already used");
      },
    });
    expect(await form.submit()).toBe("failed");
    expect(form.state.errors).toEqual({ email: "That email is already used" });
    expect(form.state.apiError).toEqual({ id: "validation_error", message: "That email is already used", field: "email", status: 400 });
    expect(form.state.values).toEqual({ email: "a@b.org", password: "pw" });
    expect(form.state).toMatchObject({ busy: false, failedSubmits: 1 });
  });

  it("shows a server error on a field it does not show inline, or with no field, above the form", async () => {
    let error = new ApiError(400, "validation_error", "role: Not a role");
    const form = signIn({
      initialValues: { email: "a@b.org", password: "pw" },
      submit: async () => {
        throw error;
      },
    });
    await form.submit();
    expect(form.state.errors).toEqual({ _form: "Not a role" });
    error = new ApiError(409, "conflict", "Someone else changed this first");
    await form.submit();
    expect(form.state.errors).toEqual({ _form: "Someone else changed this first" });
    expect(form.state.apiError?.id).toBe("conflict");
    expect(form.state.failedSubmits).toBe(2);
  });

  it("reads a nested server field (readings.nhs) as its top-level field", async () => {
    const form = new SchemaFormController({
      schema: LocalOutcomeCreateSchema,
      initialValues: { label: "Residents feel well" },
      fields: ["label", "readings"],
      submit: async () => {
        throw new ApiError(400, "validation_error", "readings.nhs: Too long");
      },
    });
    await form.submit();
    expect(form.state.errors).toEqual({ readings: "Too long" });
  });

  it("uses the form's own message for an API error id, and a safe message for anything thrown", async () => {
    let error: unknown = new ApiError(401, "invalid_credentials", "Invalid email or password");
    const form = signIn({
      initialValues: { email: "a@b.org", password: "pw" },
      apiMessages: { invalid_credentials: "The email address or password is not right." },
      submit: async () => {
        throw error;
      },
    });
    await form.submit();
    expect(form.state.errors).toEqual({ _form: "The email address or password is not right." });
    expect(form.state.apiError?.id).toBe("invalid_credentials");
    error = new TypeError("x is undefined");
    await form.submit();
    expect(form.state.errors).toEqual({ _form: "Something went wrong. Try again." });
    expect(form.state.apiError).toBeNull();
  });

  it("after success: stays busy for forms that close, or resets for forms that add another", async () => {
    const closing = signIn({ initialValues: { email: "a@b.org", password: "pw" }, afterSuccess: "stay-busy" });
    await closing.submit();
    expect(closing.state.busy).toBe(true);
    expect(await closing.submit()).toBe("ignored");

    const adding = signIn({ afterSuccess: "reset" });
    adding.setValues({ email: "a@b.org", password: "pw" });
    await adding.submit();
    expect(adding.state).toMatchObject({ busy: false, values: { email: "", password: "" }, errors: {} });
  });

  it("uses the latest options at submit time", async () => {
    const first = vi.fn(async () => {});
    const latest = vi.fn(async () => {});
    const opts = { schema: SignInSchema, initialValues: { email: "a@b.org", password: "pw" } };
    const form = new SchemaFormController({ ...opts, submit: first });
    form.setOptions({ ...opts, initialValues: { email: "", password: "" }, submit: latest });
    await form.submit();
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledOnce();
    expect(form.state.values.email).toBe("a@b.org");
  });

  it("tells subscribers about each change until they unsubscribe", () => {
    const form = signIn();
    const listener = vi.fn();
    const off = form.subscribe(listener);
    form.setValue("email", "a");
    const before = form.state;
    form.setValue("email", "ab");
    expect(form.state).not.toBe(before);
    off();
    form.setValue("email", "abc");
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe("firstInvalidField", () => {
  it("follows screen order, then any other field, then the form", () => {
    expect(firstInvalidField({ password: "x", email: "y" }, ["email", "password"])).toBe("email");
    expect(firstInvalidField({ other: "x", _form: "y" }, ["email"])).toBe("other");
    expect(firstInvalidField({ _form: "y" }, ["email"])).toBe("_form");
    expect(firstInvalidField({ email: undefined }, ["email"])).toBeNull();
  });
});
