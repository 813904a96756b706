import { afterEach, describe, expect, it, vi } from "vitest";
import { AgreementOverviewSchema } from "@jigsaw/shared/agreement/presented";
import { UnexpectedResponseError } from "./ApiError.ts";
import { getAgreements } from "./agreements.ts";
import { data } from "./types.ts";

const overview = { rounds: [], sections: [], planItems: null, organisations: ["Riverside ICB"], canPropose: true, planSections: [{ id: "s1", title: "Vision", status: "draft" }] };

function answer(body: unknown): void {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(body), { status: 200 })));
}

afterEach(() => vi.unstubAllGlobals());

describe("getAgreements (checked in idle time)", () => {
  it("resolves to the overview the schema gives", async () => {
    answer({ data: overview });
    expect(await getAgreements("p1")).toEqual(AgreementOverviewSchema.parse(overview));
  });

  it("rejects a round that is not one with an UnexpectedResponseError carrying zod's issues, as a full parse finds them", async () => {
    const body = { data: { ...overview, rounds: [{ id: 5, title: "Round 1" }] } };
    answer(body);
    const err = await getAgreements("p1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect((err as UnexpectedResponseError).id).toBe("unexpected_response");
    const want = data(AgreementOverviewSchema).safeParse(body).error!.issues.map((i) => i.path);
    expect((err as UnexpectedResponseError).issues.map((i) => i.path)).toEqual(want);
    expect(want[0]).toEqual(["data", "rounds", 0, "id"]);
  });
});
