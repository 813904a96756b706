import { describe, expect, it } from "vitest";
import { READ_ONLY_MESSAGE, type PlanConnectionState } from "../collaboration/planConnection.ts";
import { connectionView } from "./ConnectionStatus.tsx";

const base: PlanConnectionState = {
  phase: "connected",
  serverSynced: true,
  localLoaded: true,
  message: null,
  denied: false,
  signedOut: false,
  authorizationChanges: 0,
  changeRefused: false,
};

describe("connectionView", () => {
  it("says a viewer's change was not saved while showing the server's copy again (issue 18)", () => {
    expect(connectionView({ ...base, message: READ_ONLY_MESSAGE }, false)).toEqual({ tone: "error", text: READ_ONLY_MESSAGE });
    expect(connectionView(base, false)).toEqual({ tone: "ok", text: "Connected" });
  });
});
