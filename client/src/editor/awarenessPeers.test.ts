import { describe, expect, it } from "vitest";
import { peersFromStates } from "./awarenessPeers.ts";

describe("peersFromStates", () => {
  it("merges one person's tabs, puts self first and ignores states without a user", () => {
    const states = new Map<number, Record<string, unknown> | null>([
      [1, { user: { id: "u-b", name: "Ben", sector: "nhs", organisation: "ICB", color: "#005eb8" }, section: "s1" }],
      [2, { user: { id: "u-a", name: "Amina", sector: "council", organisation: "Council" }, section: "s2" }],
      [3, { user: { id: "u-b", name: "Ben", sector: "nhs", organisation: "ICB", color: "#005eb8" }, section: "s3" }],
      [4, { cursor: null }],
      [5, null],
    ]);
    const peers = peersFromStates(states, 2);
    expect(peers.map((p) => [p.name, p.self, p.sections])).toEqual([
      ["Amina", true, ["s2"]],
      ["Ben", false, ["s1", "s3"]],
    ]);
    expect(peers[0]!.colour).toBe("#1d4ed8");
  });

  it("lists the table rows a person is in", () => {
    const states = new Map<number, Record<string, unknown> | null>([
      [1, { user: { id: "u-b", name: "Ben" }, row: "a1" }],
      [2, { user: { id: "u-b", name: "Ben" }, row: "r2" }],
    ]);
    expect(peersFromStates(states, 9)[0]!.rows).toEqual(["a1", "r2"]);
  });

  it("lists the table cells a person is typing in", () => {
    const states = new Map<number, Record<string, unknown> | null>([
      [1, { user: { id: "u-b", name: "Ben" }, row: "a1", cell: "a1/title" }],
      [2, { user: { id: "u-b", name: "Ben" }, row: "r2", cell: 7 }],
    ]);
    expect(peersFromStates(states, 9)[0]!.cells).toEqual(["a1/title"]);
  });

  it("falls back safely for odd values", () => {
    const peers = peersFromStates(new Map([[9, { user: { name: 42, color: "red", sector: "martian" } }]]), 1);
    expect(peers).toEqual([{ key: "client:9", name: "Someone", organisation: "", sector: null, colour: "#505a5f", sections: [], rows: [], cells: [], self: false }]);
  });
});
