// The period a committee report covers and the one it is compared with. The committee meets
// quarterly and reviews the year, so the presets are the last three and the last twelve months up
// to today (the figures then are the coverage page's); any other span, a calendar quarter say, can
// be typed as two days. The previous period has as many days and ends the day before.
import { formatDay, parseDay, startOfTodayUtc } from "../network/filter";

export type Period = { from: Date; to: Date };
export type PeriodPreset = "quarter" | "year" | "custom";
/** Why a typed period could not be used: the field it concerns is the one that says so. */
export type PeriodProblem = "from" | "to" | "order" | "tooLong";
/**
 * `refused`: a period was typed but could not be used, so the default stands in for it; the form
 * shows the days as they were typed and the problem at its field.
 */
export type ReportPeriod = {
  preset: PeriodPreset;
  current: Period;
  previous: Period;
  refused?: { from: string; to: string; problem: PeriodProblem };
};

const DAY_MS = 24 * 60 * 60 * 1000;
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

/** The `months` months up to and including today: a report on how things stand now. */
export function lastMonths(months: number, now = new Date()): Period {
  const today = startOfTodayUtc(now);
  const from = utc(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate() + 1);
  return { from, to: today };
}

/** Days in a period, both ends counted. */
export const daysIn = ({ from, to }: Period) => Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;

/** The period of the same length that ends the day before. */
export function previousPeriod(period: Period): Period {
  const to = new Date(period.from.getTime() - DAY_MS);
  return { from: new Date(to.getTime() - (daysIn(period) - 1) * DAY_MS), to };
}

type Params = Record<string, string | string[] | undefined>;
const read = (params: Params, key: string) => [params[key]].flat()[0];

// Ten years is more than any committee looks back; it keeps a typo (year 20225) from becoming a
// query over centuries.
const MAX_DAYS = 3660;

/**
 * The period the address names: "period=year", "period=quarter" (the default), or two days in
 * order (from, to), which "period=custom" or no preset at all selects.
 */
export function parseReportPeriod(params: Params, now = new Date()): ReportPeriod {
  const asked = read(params, "period");
  const typed = read(params, "from") || read(params, "to");
  let refused: ReportPeriod["refused"];
  if (asked === "custom" || (!asked && typed)) {
    const from = parseDay(read(params, "from"));
    const to = parseDay(read(params, "to"));
    const problem: PeriodProblem | null = !from
      ? "from"
      : !to
        ? "to"
        : from > to
          ? "order"
          : daysIn({ from, to }) > MAX_DAYS
            ? "tooLong"
            : null;
    if (from && to && !problem) {
      const current = { from, to };
      return { preset: "custom", current, previous: previousPeriod(current) };
    }
    // What was typed goes back into the form as it was, cut to a day's length.
    const keep = (key: string) => (read(params, key) ?? "").slice(0, 10);
    refused = { from: keep("from"), to: keep("to"), problem: problem ?? "from" };
  }
  const preset = asked === "year" ? "year" : "quarter";
  const current = lastMonths(preset === "year" ? 12 : 3, now);
  return { preset, current, previous: previousPeriod(current), ...(refused ? { refused } : {}) };
}

/** The query string that names a period, without "?". */
export function reportPeriodQuery(period: ReportPeriod): string {
  if (period.preset !== "custom") return `period=${period.preset}`;
  const { from, to } = period.current;
  return new URLSearchParams({ period: "custom", from: formatDay(from), to: formatDay(to) }).toString();
}
