// A weekly Wegweiser slot as an HSDS schedule: the RRULE fields (WEEKLY, INTERVAL, BYDAY) with the
// opening times in Aachen's wall-clock time and a sentence for people.
import { TZDate } from "@date-fns/tz";
import type { Locale } from "../i18n/locales";
import { describeSlots } from "../schedule/describe";
import { localDay } from "../schedule/local-time";
import { nextOccurrences } from "../schedule/occurrences";
import { TIME_ZONE } from "../schedule/types";
import { compact, localDate, nonEmpty } from "./format";
import type { ScheduleRow } from "./select";
import { everyNWeeksText } from "./texts";
import type { HsdsSchedule } from "./types";

const BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

// "Every n weeks" is counted from the week of validFrom, or from the week of 1 January 2024 when a
// slot has none (lib/schedule/occurrences). DTSTART names that first occurrence, so that an
// RRULE reader counts the same weeks.
const DEFAULT_ANCHOR = new TZDate(2024, 0, 1, TIME_ZONE);

function firstDay(row: ScheduleRow): string | undefined {
  if (!row.validFrom && row.interval <= 1) return undefined;
  const [first] = nextOccurrences([row], row.validFrom ? localDay(row.validFrom) : DEFAULT_ANCHOR, 1);
  return first ? localDate(first.start) : undefined;
}

export function mapSchedule(
  row: ScheduleRow,
  locale: Locale,
  owner: { service_id: string } | { service_at_location_id: string },
): HsdsSchedule {
  const interval = Math.max(1, row.interval);
  const [slot] = describeSlots([row], locale);
  const words = slot ? `${slot.dayName} ${slot.time}` : `${row.opensAt}–${row.closesAt}`;
  return compact({
    id: row.id,
    ...owner,
    valid_from: localDate(row.validFrom),
    valid_to: localDate(row.validUntil),
    dtstart: firstDay(row),
    freq: "WEEKLY" as const,
    interval,
    byday: BYDAY[row.weekday - 1] ?? "MO",
    wkst: "MO" as const,
    opens_at: row.opensAt,
    closes_at: row.closesAt,
    description: interval > 1 ? `${words}, ${everyNWeeksText(interval, locale)}` : words,
    notes: nonEmpty(row.note),
  });
}
