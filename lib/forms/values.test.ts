import { describe, expect, it } from "vitest";
import { nestValues } from "./values";

describe("nestValues", () => {
  it("nests a form's flat names: numeric parts make lists", () => {
    expect(nestValues({ name: "Treff", "schedules.0.opensAt": "09:00", "translations.ar.title": "لقاء" })).toEqual({
      name: "Treff",
      schedules: [{ opensAt: "09:00" }],
      translations: { ar: { title: "لقاء" } },
    });
  });

  it("never reaches the objects every object is built from", () => {
    const nested = nestValues({
      "__proto__.polluted": "yes",
      "constructor.prototype.polluted": "yes",
      "name.__proto__.polluted": "yes",
      "toString.polluted": "yes",
      name: "Treff",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype.toString as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(nested).toEqual({ name: "Treff" });
  });

  it("leaves out a row number no form has, instead of building a list that long", () => {
    const nested = nestValues({ "schedules.20000000.note": "x", "schedules.1.note": "y" });
    expect((nested.schedules as unknown[]).length).toBe(2);
  });
});
