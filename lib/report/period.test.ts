// The report's period: the presets the committee uses, a typed span, and the comparison period of
// the same length just before it.
import { describe, expect, it } from "vitest";
import { daysIn, lastQuarter, parseReportPeriod, previousPeriod, reportPeriodQuery } from "./period";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date("2026-02-10T09:00:00Z");

describe("the report period", () => {
  it("defaults to the last complete quarter, compared with the quarter before", () => {
    const period = parseReportPeriod({}, now);
    expect(period.current).toEqual({ from: day("2025-10-01"), to: day("2025-12-31") });
    expect(period.previous).toEqual({ from: day("2025-07-01"), to: day("2025-09-30") });
  });

  it("the last quarter of a day in the first quarter lies in the year before", () => {
    expect(lastQuarter(new Date("2026-04-01T00:30:00Z"))).toEqual({ from: day("2026-01-01"), to: day("2026-03-31") });
  });

  it("takes the last calendar year, and a typed period is compared with as many days before it", () => {
    expect(parseReportPeriod({ period: "year" }, now)).toMatchObject({
      current: { from: day("2025-01-01"), to: day("2025-12-31") },
      previous: { from: day("2024-01-01"), to: day("2024-12-31") },
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

    for (const wrong of [
      { period: "custom", from: "2026-02-01", to: "2026-01-01" },
      { period: "custom", from: "2026-02-30", to: "2026-03-01" },
      { from: "1990-01-01", to: "2026-01-01" },
    ]) {
      expect(parseReportPeriod(wrong, now)).toMatchObject({ preset: "quarter", invalid: true });
    }
    expect(parseReportPeriod({ period: "year", from: "2026-01-01", to: "2026-01-31" }, now).preset).toBe("year");
  });
});
