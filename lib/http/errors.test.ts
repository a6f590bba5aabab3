import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../mutation/errors";
import { errorResponse, handled } from "./errors";

const failing = (error: unknown) =>
  handled(async () => {
    throw error;
  });

describe("route handlers' failures", () => {
  it("answer with the status each failure means", async () => {
    const invalid = z.object({ format: z.enum(["gexf"]) }).safeParse({ format: "png" }).error;
    const cases: [unknown, number][] = [
      [invalid, 422],
      [new AppError("FORBIDDEN"), 403],
      [new AppError("UNAUTHENTICATED"), 401],
      [new AppError("NOT_FOUND"), 404],
      [Object.assign(new Error("gone"), { code: "P2025" }), 404],
      [new AppError("CONFLICT"), 409],
      [new AppError("RATE_LIMITED"), 429],
    ];
    for (const [error, status] of cases) expect((await failing(error)()).status, String(error)).toBe(status);
  });

  it("name the invalid fields and what a conflicting record is now", async () => {
    const invalid = z.object({ format: z.enum(["gexf"]) }).safeParse({ format: "png" }).error;
    expect(await (await failing(invalid)()).json()).toMatchObject({
      error: "invalid",
      fieldErrors: { format: [expect.any(String)] },
    });
    const stale = new AppError("CONFLICT", "stale", { version: 4, current: { name: "Neu" } });
    expect(await errorResponse(stale)!.json()).toEqual({ error: "conflict", version: 4, current: { name: "Neu" } });
  });

  it("let a handler's own answer through and leave unexpected errors to the server", async () => {
    expect((await handled(async () => new Response("ok"))()).status).toBe(200);
    await expect(failing(new TypeError("bug"))()).rejects.toThrow("bug");
  });
});
