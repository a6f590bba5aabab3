import { describe, expect, it } from "vitest";
import { formStateOf } from "./state";

describe("what a form learns from a save", () => {
  it("after a save: the record as stored and its version, not what was typed", () => {
    const typed = { weekday: " 5 ", assigneeId: "u1" };
    const stored = { weekday: "5", assigneeId: "u1" };
    expect(formStateOf({ ok: true, data: { id: "o1", version: 3, values: stored } }, typed)).toEqual({
      status: "saved",
      version: 3,
      values: stored,
    });
  });

  it("after a refusal: what was typed, the problems and the record as it is now", () => {
    const typed = { population: "9999" };
    const state = formStateOf(
      { ok: false, fieldErrors: {}, formError: "conflict", conflict: { version: 7, current: { population: "2500" } } },
      typed,
    );
    expect(state).toEqual({
      status: "failed",
      message: "conflict",
      fieldErrors: {},
      values: typed,
      conflict: { version: 7, current: { population: "2500" } },
    });
  });
});
