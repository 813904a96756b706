import { afterEach, describe, expect, it, vi } from "vitest";
import { OutcomesModelSchema } from "@jigsaw/shared/domain/outcomesApi";
import { getOutcomesModel } from "@jigsaw/shared/outcomes/index";
import { z } from "zod";
import { ApiError, UnexpectedResponseError } from "./ApiError.ts";
import { parseWhenIdle } from "./idleParse.ts";
import { getOutcomesModelData, getPartnershipOutcomes } from "./outcomes.ts";

/** The real shipped model as the API sends it, with its own ETag so the per-session cache does not mix tests. */
function modelAnswer(etag: string): { data: Record<string, unknown> & { terms: Array<Record<string, unknown>>; links: Array<Record<string, unknown>> } } {
  return { data: { ...JSON.parse(JSON.stringify(getOutcomesModel())), etag } };
}

function answer(...bodies: unknown[]): void {
  const queue = [...bodies];
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(queue.shift()), { status: 200 })));
}

/** Idle callbacks held until `runIdle` (as on a busy page), to see that nothing is checked before one runs. */
function holdIdleCallbacks(): { pending: () => number; runIdle: () => void } {
  const queue: Array<() => void> = [];
  vi.stubGlobal("requestIdleCallback", (cb: () => void) => queue.push(cb));
  return { pending: () => queue.length, runIdle: () => queue.shift()?.() };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.unstubAllGlobals());

describe("getOutcomesModelData", () => {
  it("resolves to the same model zod's full parse gives, checked only once the browser is idle", async () => {
    const body = modelAnswer('"m-ok"');
    answer(body);
    const idle = holdIdleCallbacks();
    let done = false;
    const got = getOutcomesModelData().then((m) => ((done = true), m));
    await settle();
    expect(done).toBe(false);
    expect(idle.pending()).toBe(1);
    while (!done) {
      idle.runIdle();
      await settle();
    }
    expect(await got).toEqual(OutcomesModelSchema.parse(body.data));
  });

  it("rejects a model with one bad term deep inside with an UnexpectedResponseError naming where", async () => {
    const body = modelAnswer('"m-bad-term"');
    body.data.terms[3]!.label = 5;
    answer(body);
    const err = await getOutcomesModelData().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as UnexpectedResponseError).id).toBe("unexpected_response");
    expect((err as UnexpectedResponseError).message).toBe("Jigsaw sent an unexpected response. Try again.");
    expect((err as UnexpectedResponseError).issues.map((i) => i.path)).toEqual([["data", "terms", 3, "label"]]);
  });

  it("rejects a body without the model, or not an object at all", async () => {
    answer({ data: null }, [1, 2], { data: { ...modelAnswer('"m-no-links"').data, links: undefined } });
    for (const path of [["data"], [], ["data", "links"]]) {
      const err = await getOutcomesModelData().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UnexpectedResponseError);
      expect((err as UnexpectedResponseError).issues[0]?.path).toEqual(path);
    }
  });

  it("checks a model once per session: the same ETag again gets the model already checked, never the new body", async () => {
    const first = modelAnswer('"m-cached"');
    const again = modelAnswer('"m-cached"');
    again.data.terms[0]!.label = "changed in transit";
    answer(first, again);
    const a = await getOutcomesModelData();
    const b = await getOutcomesModelData();
    expect(b).toBe(a);
    expect(b.terms[0]!.label).toBe(first.data.terms[0]!.label);
  });

  it("stops, with the abort reason, when the page gives up while the check waits for idle time", async () => {
    answer(modelAnswer('"m-abort"'));
    const idle = holdIdleCallbacks();
    const controller = new AbortController();
    const got = getOutcomesModelData(controller.signal).catch((e: unknown) => e);
    await settle();
    controller.abort();
    idle.runIdle();
    expect(((await got) as Error).name).toBe("AbortError");
  });
});

describe("getPartnershipOutcomes", () => {
  const partnership = (model: unknown) => ({ data: { model, revision: 2, items: [], changes: [], problems: [] }, policies: { extendOutcomes: true } });

  it("resolves to the merged model, items and policies", async () => {
    const model = modelAnswer('"p-ok"').data;
    answer(partnership(model));
    const got = await getPartnershipOutcomes("p1");
    expect(got.data.model).toEqual(OutcomesModelSchema.parse(model));
    expect(got.data.revision).toBe(2);
    expect(got.policies.extendOutcomes).toBe(true);
  });

  it("rejects a merged model with a bad link with an UnexpectedResponseError naming where", async () => {
    const model = modelAnswer('"p-bad-link"').data;
    model.links[0]!.kind = 7;
    answer(partnership(model));
    const err = await getPartnershipOutcomes("p1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect((err as UnexpectedResponseError).issues.map((i) => i.path)).toEqual([["data", "model", "links", 0, "kind"]]);
  });
});

describe("parseWhenIdle", () => {
  const schema = z.looseObject({ a: z.string(), b: z.looseObject({ c: z.array(z.number()), d: z.string().optional() }), e: z.object({ f: z.string() }) });

  it("gives what safeParse gives: kept unknown keys, stripped keys of non-loose objects, no key for an absent optional", async () => {
    const value = { a: "x", extra: 1, b: { c: [1, 2], more: true }, e: { f: "y", dropped: 1 } };
    expect(await parseWhenIdle(schema, value)).toEqual({ success: true, data: schema.parse(value) });
    expect(Object.keys(((await parseWhenIdle(schema, value)) as { data: { b: object } }).data.b)).toEqual(Object.keys(schema.parse(value).b));
  });

  it("gives the same issues as safeParse, paths from the root", async () => {
    const value = { a: 1, b: { c: [1, "2"] }, e: "no" };
    const got = await parseWhenIdle(schema, value);
    expect(got.success).toBe(false);
    const want = schema.safeParse(value).error!.issues;
    expect(got.success ? [] : got.issues.map((i) => [i.path, i.code])).toEqual(want.map((i) => [i.path, i.code]));
  });
});
