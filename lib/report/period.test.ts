// The report's period: the presets the committee uses, a typed span, and the comparison period of
// the same length just before it.
import { describe, expect, it } from "vitest";
import { daysIn, lastMonths, parseReportPeriod, previousPeriod, reportPeriodQuery } from "./period";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date("2026-02-10T09:00:00Z");

describe("the report period", () => {
  it("defaults to the three months up to today, compared with as many days before", () => {
    const period = parseReportPeriod({}, now);
    expect(period.current).toEqual({ from: day("2025-11-11"), to: day("2026-02-10") });
    expect(period.previous).toEqual({ from: day("2025-08-11"), to: day("2025-11-10") });
    expect(daysIn(period.previous)).toBe(daysIn(period.current));
  });

  it("three months back from the last day of a month end on the last day of a month", () => {
    expect(lastMonths(3, new Date("2026-03-31T12:00:00Z"))).toEqual({ from: day("2026-01-01"), to: day("2026-03-31") });
  });

  it("takes the twelve months up to today, and a leap year's previous period has as many days", () => {
    expect(parseReportPeriod({ period: "year" }, now)).toMatchObject({
      current: { from: day("2025-02-11"), to: day("2026-02-10") },
      previous: { from: day("2024-02-12"), to: day("2025-02-10") },
    });
    const leap = { from: day("2024-01-01"), to: day("2024-12-31") };
    expect(previousPeriod(leap)).toEqual({ from: day("2022-12-31"), to: day("2023-12-31") });
    expect(daysIn(previousPeriod(leap))).toBe(366);
  });

  it("takes two typed days in order, and says so when they cannot be used", () => {
    const typed = parseReportPeriod({ period: "custom", from: "2026-01-01", to: "2026-01-31" }, now);
    expect(typed).toMatchObject({ preset: "custom", current: { from: day("2026-01-01"), to: day("2026-01-31") } });
    expect(typed.previous).toEqual({ from: day("2025-12-01"), to: day("2025-12-31") });
    expect(reportPeriodQuery(typed)).toBe("period=custom&from=2026-01-01&to=2026-01-31");

    for (const [wrong, problem] of [
      [{ period: "custom", from: "2026-02-01", to: "2026-01-01" }, "order"],
      [{ period: "custom", from: "2026-02-30", to: "2026-03-01" }, "from"],
      [{ period: "custom", from: "2026-02-01", to: "" }, "to"],
      [{ from: "1990-01-01", to: "2026-01-01" }, "tooLong"],
    ] as const) {
      // The default stands in, and the form gets back the days as typed with what is wrong.
      expect(parseReportPeriod(wrong, now)).toMatchObject({
        preset: "quarter",
        refused: { from: wrong.from, to: wrong.to, problem },
      });
    }
    expect(parseReportPeriod({ period: "year", from: "2026-01-01", to: "2026-01-31" }, now).preset).toBe("year");
  });
});
