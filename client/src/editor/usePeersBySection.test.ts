import { describe, expect, it } from "vitest";
import type { Peer } from "./awarenessPeers.ts";
import { groupPeersBySection } from "./usePeersBySection.ts";

const peer = (key: string, sections: string[], self = false): Peer => ({ key, name: key, organisation: "", sector: null, colour: "#000000", sections, rows: [], cells: [], self });
const keys = (g: ReturnType<typeof groupPeersBySection>, s: string) => g.get(s)?.peers.map((p) => p.key) ?? [];

describe("groupPeersBySection", () => {
  it("groups people by section and keeps a section's array while its people are unchanged", () => {
    const first = groupPeersBySection([peer("amara", ["s1"], true), peer("david", ["s2"])]);
    expect(keys(first, "s1")).toEqual(["amara"]);
    expect(keys(first, "s2")).toEqual(["david"]);
    expect(first.has("s3")).toBe(false);

    // David moves from section 2 to section 3: section 1's array is the same object, section 3's is new.
    const second = groupPeersBySection([peer("amara", ["s1"], true), peer("david", ["s3"])], first);
    expect(second.get("s1")!.peers).toBe(first.get("s1")!.peers);
    expect(second.has("s2")).toBe(false);
    expect(keys(second, "s3")).toEqual(["david"]);
  });

  it("gives a section a new array when someone in it changes (a new colour, say)", () => {
    const first = groupPeersBySection([peer("amara", ["s1"])]);
    const second = groupPeersBySection([{ ...peer("amara", ["s1"]), colour: "#ffffff" }], first);
    expect(second.get("s1")!.peers).not.toBe(first.get("s1")!.peers);
  });

  it("lists one person in every section they have open", () => {
    const g = groupPeersBySection([peer("amara", ["s1", "s2"])]);
    expect(keys(g, "s1")).toEqual(["amara"]);
    expect(keys(g, "s2")).toEqual(["amara"]);
  });
});
