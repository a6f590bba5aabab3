import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay, startOfISOWeek } from "date-fns";
import { TIME_ZONE } from "./types";

/** Splits "HH:MM" into hours and minutes; malformed input counts as midnight rather than throwing in a page. */
export function parseTimeOfDay(value: string): { hours: number; minutes: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  return { hours: Number(match?.[1] ?? 0), minutes: Number(match?.[2] ?? 0) };
}

export function minutesOfDay(value: string): number {
  const { hours, minutes } = parseTimeOfDay(value);
  return hours * 60 + minutes;
}

/** Midnight in Aachen on the calendar day that contains the instant. */
export function localDay(instant: Date): TZDate {
  return startOfDay(new TZDate(instant, TIME_ZONE));
}

/** Midnight in Aachen on the Monday of the week that contains the instant. */
export function localWeek(instant: Date): TZDate {
  return startOfISOWeek(new TZDate(instant, TIME_ZONE));
}

/**
 * The instant at which Aachen's clocks show `time` on `day`. Built from the calendar fields rather than by
 * adding hours, so that the result follows the offset of that day (UTC+1 in winter, UTC+2 in summer).
 */
export function atLocalTime(day: TZDate, time: string, plusDays = 0): TZDate {
  const date = addDays(day, plusDays);
  const { hours, minutes } = parseTimeOfDay(time);
  return new TZDate(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes, TIME_ZONE);
}
