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

/** A calendar day in Aachen: its first instant, the next day's (both in ms), and "yyyy-m-d". */
export type AachenDay = { from: number; until: number; label: string };

// Today, kept until midnight: a search asks for it many times (for every index key it reads and
// every card it shows), and working out a time zone's day costs tens of microseconds each time.
let today: AachenDay | null = null;

/** The calendar day in Aachen that contains the instant. */
export function dayContaining(now: Date): AachenDay {
  // Any instant of the kept day answers from it; another day (a test, a report) replaces it.
  const t = now.getTime();
  if (today && t >= today.from && t < today.until) return today;
  const day = localDay(now);
  const label = `${day.getFullYear()}-${day.getMonth() + 1}-${day.getDate()}`;
  today = { from: day.getTime(), until: atLocalTime(day, "00:00", 1).getTime(), label };
  return today;
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
