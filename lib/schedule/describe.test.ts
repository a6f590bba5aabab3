import { describe, expect, it } from "vitest";
import { describeSlots } from "./describe";
import type { WeeklySlot } from "./types";

const slot = (weekday: number, opensAt: string, closesAt: string, interval = 1): WeeklySlot => ({
  weekday,
  opensAt,
  closesAt,
  interval,
  validFrom: null,
  validUntil: null,
});
const tuesday = [slot(2, "09:00", "12:00")];

describe("describeSlots", () => {
  it("names the weekday in each locale's own script", () => {
    const names = (["de", "en", "ar", "fa", "uk", "ru", "tr"] as const).map(
      (l) => describeSlots(tuesday, l)[0]?.dayName,
    );
    expect(names).toEqual(["Dienstag", "Tuesday", "الثلاثاء", "سه‌شنبه", "вівторок", "вторник", "Salı"]);
  });

  it("writes the time range in the locale's format and digits", () => {
    expect(describeSlots(tuesday, "de")[0]?.time).toContain("09:00–12:00");
    expect(describeSlots(tuesday, "en")[0]?.time).toMatch(/9:00\sAM\s–\s12:00\sPM/);
    expect(describeSlots(tuesday, "fa")[0]?.time).toContain("۱۲:۰۰");
  });

  it("sorts by weekday, then by opening time, and passes the interval through", () => {
    const described = describeSlots(
      [slot(3, "10:00", "11:00"), slot(2, "14:00", "16:00", 2), slot(2, "09:00", "12:00")],
      "de",
    );
    expect(described.map((d) => [d.weekday, d.time.slice(0, 5), d.interval])).toEqual([
      [2, "09:00", 1],
      [2, "14:00", 2],
      [3, "10:00", 1],
    ]);
  });

  it("names Monday and Sunday at the ends of the ISO week", () => {
    expect(describeSlots([slot(7, "10:00", "11:00"), slot(1, "10:00", "11:00")], "en").map((d) => d.dayName)).toEqual([
      "Monday",
      "Sunday",
    ]);
  });
});
