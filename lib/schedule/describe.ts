import type { Locale } from "@/lib/i18n/locales";
import { parseTimeOfDay, minutesOfDay } from "./local-time";
import type { WeeklySlot } from "./types";

export type SlotDescription = { weekday: number; dayName: string; time: string; interval: number };

// Any fixed week serves to name weekdays; 1 January 2024 is a Monday, so ISO weekday n falls on the nth.
function weekdayInstant(weekday: number): Date {
  return new Date(Date.UTC(2024, 0, weekday));
}

// Wall-clock times are formatted as UTC instants in UTC: only the digits matter, and no offset may shift them.
function timeInstant(time: string): Date {
  const { hours, minutes } = parseTimeOfDay(time);
  return new Date(Date.UTC(2024, 0, 1, hours, minutes));
}

/**
 * The slots as a reader sees them, Monday first and earlier times first, in the locale's own script and
 * digits. The words for "every other week" come from the UI's messages, so `interval` is passed through.
 */
export function describeSlots(
  slots: readonly WeeklySlot[],
  locale: Locale,
  { weekday = "long" }: { weekday?: "long" | "short" } = {},
): SlotDescription[] {
  const days = new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" });
  const times = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return [...slots]
    .sort((a, b) => a.weekday - b.weekday || minutesOfDay(a.opensAt) - minutesOfDay(b.opensAt))
    .map((slot) => ({
      weekday: slot.weekday,
      dayName: days.format(weekdayInstant(slot.weekday)),
      time: times.formatRange(timeInstant(slot.opensAt), timeInstant(slot.closesAt)),
      interval: slot.interval,
    }));
}
