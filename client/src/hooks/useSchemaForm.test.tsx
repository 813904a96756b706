import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalTermCreateSchema } from "@jigsaw/shared/outcomes/index";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { TextField } from "../components/TextField.tsx";
import { useSchemaForm, type SchemaForm } from "./useSchemaForm.ts";

/**
 * The React side of `useSchemaForm` (its state machine is tested in
 * schemaFormController.test.ts): what it binds to fields and the error
 * summary. The client tests run without a DOM, so this renders to markup;
 * submitting and focus are covered by the browser tests.
 */
function TermForm({ seen }: { seen: { form?: SchemaForm<{ label: string; aliases: string }> } }) {
  const form = useSchemaForm({
    schema: LocalTermCreateSchema,
    idPrefix: "term-",
    initialValues: { label: "Thriving Riverside", aliases: "" },
    submit: async () => {},
  });
  seen.form = form;
  return (
    <form onSubmit={form.handleSubmit} noValidate>
      <ErrorSummary {...form.summaryProps} />
      <TextField {...form.field("label")} label="Name" />
    </form>
  );
}

describe("useSchemaForm", () => {
  it("binds a field's DOM name and id (with the prefix), value and error", () => {
    const seen: Parameters<typeof TermForm>[0]["seen"] = {};
    const html = renderToStaticMarkup(<TermForm seen={seen} />);
    expect(html).toContain('id="field-term-label"');
    expect(html).toContain('name="term-label"');
    expect(html).toContain('value="Thriving Riverside"');
    expect(html).not.toContain("error-summary");
    const form = seen.form!;
    expect(form.busy).toBe(false);
    expect(form.fieldId("aliases")).toBe("field-term-aliases");
    expect(form.nameOf("aliases")).toBe("term-aliases");
    expect(form.summaryProps.order).toEqual(["label", "aliases"]);
    expect(form.field("aliases")).toMatchObject({ name: "term-aliases", value: "", error: undefined });
  });
});

describe("ErrorSummary", () => {
  it("lists the form's error first, then fields in screen order, linked to their prefixed ids", () => {
    const html = renderToStaticMarkup(
      <ErrorSummary errors={{ aliases: "Too short to spot", _form: "Nothing to update", label: "Label is empty" }} order={["label", "aliases"]} fieldId={(f) => `field-term-${f}`} />,
    );
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
    expect(items).toEqual(["Nothing to update", '<a href="#field-term-label">Label is empty</a>', '<a href="#field-term-aliases">Too short to spot</a>']);
  });

  it("gives each summary its own title id, so two forms on a page do not clash", () => {
    const html = renderToStaticMarkup(
      <>
        <ErrorSummary errors={{ a: "A" }} />
        <ErrorSummary errors={{ b: "B" }} />
      </>,
    );
    const ids = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("renders nothing without errors", () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={{ a: undefined }} />)).toBe("");
  });
});
