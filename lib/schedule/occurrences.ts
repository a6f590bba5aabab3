import { TZDate } from "@date-fns/tz";
import { addDays, addWeeks, differenceInCalendarISOWeeks } from "date-fns";
import { atLocalTime, dayContaining, localDay, localWeek, minutesOfDay } from "./local-time";
import { TIME_ZONE, type WeeklySlot } from "./types";

export type Occurrence = { start: Date; end: Date; slotIndex: number };

// A slot without validFrom still needs a fixed week to count "every other week" from; 1 January 2024 is a Monday.
const DEFAULT_ANCHOR = new TZDate(2024, 0, 1, TIME_ZONE);

/** The weekly times still to come at `at`: without an end, or ending today in Aachen or later. */
export function currentSlots<T extends { validUntil?: Date | null }>(slots: readonly T[], at: Date): T[] {
  const today = dayContaining(at).from;
  return slots.filter((slot) => !slot.validUntil || slot.validUntil.getTime() >= today);
}

/** The slot's interval in weeks; anything below one week means every week. */
export function intervalOf(slot: WeeklySlot): number {
  return Math.max(1, Math.trunc(slot.interval) || 1);
}

/** The slot's occurrences in chronological order, from the week that contains `from`; endless unless validUntil is set. */
function* occurrencesOf(slot: WeeklySlot, slotIndex: number, from: Date): Generator<Occurrence> {
  if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) return;
  const interval = intervalOf(slot);
  const anchor = localWeek(slot.validFrom ?? DEFAULT_ANCHOR);
  const firstDay = slot.validFrom ? localDay(slot.validFrom) : null;
  const lastDay = slot.validUntil ? localDay(slot.validUntil) : null;
  // A slot that closes at or before the time it opens runs past midnight.
  const closesNextDay = minutesOfDay(slot.closesAt) <= minutesOfDay(slot.opensAt) ? 1 : 0;

  let week = localWeek(from);
  if (week.getTime() < anchor.getTime()) week = anchor;
  const offWeeks = differenceInCalendarISOWeeks(week, anchor) % interval;
  if (offWeeks > 0) week = addWeeks(week, interval - offWeeks);

  for (; ; week = addWeeks(week, interval)) {
    const day = addDays(week, slot.weekday - 1);
    if (lastDay && day.getTime() > lastDay.getTime()) return;
    if (firstDay && day.getTime() < firstDay.getTime()) continue;
    yield {
      // Plain Dates, so that callers and React serialisation see ordinary instants.
      start: new Date(atLocalTime(day, slot.opensAt).getTime()),
      end: new Date(atLocalTime(day, slot.closesAt, closesNextDay).getTime()),
      slotIndex,
    };
  }
}

/** The next `count` occurrences across all slots that start at or after `from`, earliest first. */
export function nextOccurrences(slots: readonly WeeklySlot[], from: Date, count: number): Occurrence[] {
  if (count <= 0) return [];
  const candidates: Occurrence[] = [];
  slots.forEach((slot, index) => {
    let taken = 0;
    for (const occurrence of occurrencesOf(slot, index, from)) {
      if (occurrence.start.getTime() < from.getTime()) continue;
      candidates.push(occurrence);
      if (++taken >= count) break;
    }
  });
  return candidates.sort((a, b) => a.start.getTime() - b.start.getTime() || a.slotIndex - b.slotIndex).slice(0, count);
}

/** Whether an occurrence is under way at `at`: it has opened (inclusive) and not yet closed (exclusive). */
export function isOpenAt(slots: readonly WeeklySlot[], at: Date): boolean {
  const instant = at.getTime();
  // Starting a day early catches an evening slot that runs past midnight into `at`.
  const since = addDays(at, -1);
  return slots.some((slot, index) => {
    for (const occurrence of occurrencesOf(slot, index, since)) {
      if (occurrence.start.getTime() > instant) return false;
      if (instant < occurrence.end.getTime()) return true;
    }
    return false;
  });
}
