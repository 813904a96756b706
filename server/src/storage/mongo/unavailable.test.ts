import { describe, expect, it } from "vitest";
import mongoose from "mongoose";
import { toAppError } from "../../middlewares/errorHandler.ts";
import { DuplicateError, InvariantError } from "../../domain/errors.ts";
import { StorageUnavailableError } from "../storageUnavailableError.ts";
import { guard, isDuplicateKeyError, isUnavailableError } from "./unavailable.ts";

const { MongoNetworkError, MongoNetworkTimeoutError, MongoServerError, MongoNotConnectedError, MongoWriteConcernError } = mongoose.mongo;

function serverError(code: number, labels: string[] = []): InstanceType<typeof MongoServerError> {
  const err = new MongoServerError({ code, errmsg: `code ${code}`, ok: 0 });
  for (const l of labels) err.addErrorLabel(l);
  return err;
}

describe("isUnavailableError", () => {
  it("recognises connection loss, elections, shutdown and unconfirmed writes", () => {
    const yes: unknown[] = [
      new MongoNetworkError("connection reset"),
      new MongoNetworkTimeoutError("timed out"),
      new MongoNotConnectedError("not connected"),
      Object.assign(new Error("Server selection timed out after 15000 ms"), { name: "MongoServerSelectionError" }),
      Object.assign(new Error("Server selection timed out after 15000 ms"), { name: "MongooseServerSelectionError" }),
      serverError(10107), // NotWritablePrimary
      serverError(189), // PrimarySteppedDown
      serverError(91), // ShutdownInProgress
      serverError(11602), // InterruptedDueToReplStateChange
      serverError(64), // WriteConcernFailed (wtimeout)
      serverError(112, ["TransientTransactionError"]), // WriteConflict that outlived withTransaction
      serverError(50, ["UnknownTransactionCommitResult"]),
      new MongoWriteConcernError({ writeConcernError: { code: 64, errmsg: "waiting for replication timed out" }, ok: 1 }),
      Object.assign(new Error("wrapped"), { cause: new MongoNetworkError("deep") }),
    ];
    for (const err of yes) expect(isUnavailableError(err), String(err)).toBe(true);
  });

  it("does not swallow bugs, constraint violations or domain errors", () => {
    const no: unknown[] = [
      serverError(11000), // duplicate key
      serverError(121), // document validation
      serverError(2), // BadValue
      new TypeError("id must be a string"),
      new DuplicateError("email"),
      new InvariantError("last_facilitator"),
      Object.assign(new Error("x"), { name: "CastError" }),
      null,
      "network",
      undefined,
    ];
    for (const err of no) expect(isUnavailableError(err), String(err)).toBe(false);
  });
});

describe("guard", () => {
  it("turns unavailability into StorageUnavailableError carrying the driver error, and passes everything else through", async () => {
    const cause = new MongoNetworkError("connection reset");
    const err = await guard("docs.append", () => Promise.reject(cause)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageUnavailableError);
    expect((err as StorageUnavailableError).operation).toBe("docs.append");
    expect((err as Error).cause).toBe(cause);
    expect((err as Error).message).toMatch(/unavailable.*try again/);

    const invariant = new InvariantError("invite_used");
    await expect(guard("invites.accept", () => Promise.reject(invariant))).rejects.toBe(invariant);
    await expect(guard("x", async () => 7)).resolves.toBe(7);
  });

  it("StorageUnavailableError is a 503 service_unavailable for HTTP clients", () => {
    const appErr = toAppError(new StorageUnavailableError("users.findById"));
    expect(appErr.status).toBe(503);
    expect(appErr.id).toBe("service_unavailable");
    expect(appErr.message).not.toMatch(/users\.findById/);
  });
});

describe("isDuplicateKeyError", () => {
  it("recognises E11000 directly and inside a bulk write", () => {
    expect(isDuplicateKeyError(serverError(11000))).toBe(true);
    expect(isDuplicateKeyError({ code: 1, writeErrors: [{ code: 11000 }] })).toBe(true);
    expect(isDuplicateKeyError(serverError(112))).toBe(false);
    expect(isDuplicateKeyError(new Error("E11000 in the message only"))).toBe(false);
  });
});
