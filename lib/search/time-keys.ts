// Filter keys for whom an offer is for (age) and when it is held (weekday, and the quarter hours of
// the week it is open in), so that "for my child of 3", "on Tuesdays" and "open now" walk the same
// bounded index as every other filter (lib/search/postings.ts).
import { TZDate } from "@date-fns/tz";
import { minutesOfDay } from "../schedule/local-time";
import { currentSlots } from "../schedule/occurrences";
import { TIME_ZONE } from "../schedule/types";

/** Ages are kept as whole years up to this; an open upper bound reaches it. */
export const OLDEST = 99;
const QUARTER = 15;

export const timeKey = {
  /** an offer without an age limit is for everyone */
  anyAge: "age:all",
  age: (years: number) => `age:${years}`,
  day: (weekday: number) => `day:${weekday}`,
  /** open during the `quarter`-th quarter hour (0–95) of the ISO weekday, Aachen time */
  open: (weekday: number, quarter: number) => `open:${weekday}:${quarter}`,
};

export type TimeSource = {
  minAge?: number | null;
  maxAge?: number | null;
  schedules?: ReadonlyArray<{ weekday: number; opensAt: string; closesAt: string; validUntil?: Date | null }>;
};

/**
 * The keys of one offer. A slot marks every quarter hour it overlaps, so the index may name an offer
 * for a quarter hour it opens in the middle of (or a week it skips): the few rows of a page are then
 * checked exactly (isOpenAt).
 */
export function timeKeys(source: TimeSource, now = new Date()): string[] {
  const keys: string[] = [];
  const min = source.minAge ?? null;
  const max = source.maxAge ?? null;
  if (min === null && max === null) keys.push(timeKey.anyAge);
  else for (let age = Math.max(0, min ?? 0); age <= Math.min(OLDEST, max ?? OLDEST); age++) keys.push(timeKey.age(age));
  for (const slot of currentSlots(source.schedules ?? [], now)) {
    keys.push(timeKey.day(slot.weekday));
    const from = Math.floor(minutesOfDay(slot.opensAt) / QUARTER);
    const to = Math.ceil(minutesOfDay(slot.closesAt) / QUARTER);
    for (let q = from; q < to; q++) keys.push(timeKey.open(slot.weekday, q));
  }
  return [...new Set(keys)];
}

/** The "open" key of an instant: its ISO weekday and quarter hour in Aachen. */
export function openKeyAt(instant: Date): string {
  // Wall-clock fields, not elapsed time: a day with a clock change has 23 or 25 hours.
  const local = new TZDate(instant, TIME_ZONE);
  const weekday = local.getDay() === 0 ? 7 : local.getDay();
  return timeKey.open(weekday, Math.floor((local.getHours() * 60 + local.getMinutes()) / QUARTER));
}
