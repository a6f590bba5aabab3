import { describe, expect, it } from "vitest";
import { formSchedules, isValidSlot, weeklySlotSchema } from "./slot";

const slot = { weekday: 3, opensAt: "15:00", closesAt: "17:00", interval: 2 };

describe("a weekly time", () => {
  it("takes a weekday 1–7, times of day in order, a rhythm of 1, 2 or 4 weeks and validity in order", () => {
    expect(isValidSlot(slot)).toBe(true);
    expect(isValidSlot({ ...slot, validFrom: "2027-01-01", validUntil: new Date("2027-06-30T00:00:00Z") })).toBe(true);
    for (const wrong of [
      { weekday: 0 },
      { weekday: 8 },
      { opensAt: "9:00" },
      { closesAt: "24:00" },
      { closesAt: "15:00" },
      { interval: 3 },
      { validFrom: "2027-02-01", validUntil: "2027-01-31" },
      { note: "x".repeat(201) },
    ])
      expect(isValidSlot({ ...slot, ...wrong }), JSON.stringify(wrong)).toBe(false);
  });

  it("names the field and the problem, as the form shows them", () => {
    const result = weeklySlotSchema.safeParse({ ...slot, closesAt: "14:00", interval: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["interval", "choose"],
      ["closesAt", "closesBeforeOpens"],
    ]);
    const order = weeklySlotSchema.safeParse({ ...slot, closesAt: "14:00" });
    expect(order.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["closesAt", "closesBeforeOpens"]]);
  });

  it("reads a form's rows of text, leaving out empty rows", () => {
    const rows = formSchedules().safeParse([
      { weekday: "3", opensAt: "15:00", closesAt: "17:00", interval: "2", note: " " },
      undefined,
      { weekday: "", opensAt: "", closesAt: "", interval: "1" },
    ]);
    expect(rows.data).toEqual([
      { weekday: 3, opensAt: "15:00", closesAt: "17:00", interval: 2, validFrom: null, validUntil: null, note: null },
    ]);
    // A first and last day, as date fields send them.
    const term = formSchedules().safeParse([
      {
        weekday: "2",
        opensAt: "17:00",
        closesAt: "18:00",
        interval: "1",
        validFrom: "2026-09-01",
        validUntil: "2027-01-31",
      },
    ]);
    expect(term.data?.[0]).toMatchObject({
      validFrom: new Date("2026-09-01T00:00:00Z"),
      validUntil: new Date("2027-01-31T00:00:00Z"),
    });
    const notADay = formSchedules().safeParse([
      { weekday: "2", opensAt: "17:00", closesAt: "18:00", interval: "1", validUntil: "31.01.2027" },
    ]);
    expect(notADay.error?.issues.map((i) => i.path.join("."))).toEqual(["0.validUntil"]);
    // A day that does not exist, or a mistyped year, is refused rather than moved to another day.
    for (const day of ["2026-02-30", "0202-01-31", "2026-13-01"]) {
      const refused = formSchedules().safeParse([
        { weekday: "2", opensAt: "17:00", closesAt: "18:00", interval: "1", validUntil: day },
      ]);
      expect(refused.error?.issues.map((i) => [i.path.join("."), i.message]), day).toEqual([["0.validUntil", "date"]]);
    }
    // An import is held to the same days as the form.
    for (const validFrom of ["0202-01-31", new Date("2150-01-01T00:00:00Z")])
      expect(isValidSlot({ weekday: 2, opensAt: "17:00", closesAt: "18:00", interval: 1, validFrom })).toBe(false);
    expect(isValidSlot({ weekday: 2, opensAt: "17:00", closesAt: "18:00", interval: 1, validFrom: "1995-05-01" })).toBe(true);
    // A field sent twice on an otherwise empty row is an error of that field, not a failure.
    const twice = formSchedules().safeParse([{ weekday: "", validUntil: ["", "2026-01-01"] }]);
    expect(twice.error?.issues.map((i) => i.path.join("."))).toEqual(["0.validUntil"]);
    const bad = formSchedules().safeParse([{ weekday: "", opensAt: "09:00", closesAt: "08:00", interval: "1" }]);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["0.weekday", "weekday"]]);
  });
});
