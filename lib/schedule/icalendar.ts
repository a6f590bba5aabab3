import { TZDate } from "@date-fns/tz";
import { endOfDay } from "date-fns";
import ical, { escape, ICalEventRepeatingFreq, ICalWeekday } from "ical-generator";
import { localDay } from "./local-time";
import { intervalOf, nextOccurrences } from "./occurrences";
import { TIME_ZONE, type WeeklySlot } from "./types";

/** One offer in a calendar; each of its slots becomes one recurring event. */
export type CalendarEvent = {
  /** Stable identifier of the offer, e.g. "offer-id@host"; the slot index is added per event. */
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  slots: readonly WeeklySlot[];
};

/** A calendar of one offer (`events: [offer]`) or a feed of many. */
export type CalendarInput = {
  name?: string;
  prodId?: string;
  /** Time of generation (DTSTAMP) and the start of series whose slot has no validFrom. */
  now?: Date;
  events: readonly CalendarEvent[];
};

// Europe/Berlin has followed the EU summer-time rule since 1996 (now Directive 2000/84/EC): CEST from 02:00 on
// the last Sunday of March, CET from 03:00 on the last Sunday of October. Inlined rather than taken from a
// zone-file package because those read their files from disk at run time, which bundled server code cannot rely on.
const BERLIN_VTIMEZONE = `BEGIN:VTIMEZONE
TZID:${TIME_ZONE}
X-LIC-LOCATION:${TIME_ZONE}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE`;

const BYDAY = [
  ICalWeekday.MO,
  ICalWeekday.TU,
  ICalWeekday.WE,
  ICalWeekday.TH,
  ICalWeekday.FR,
  ICalWeekday.SA,
  ICalWeekday.SU,
];

/** "abc@host" becomes "abc-0@host" so the host part stays last; a plain "abc" becomes "abc-0". */
function slotUid(uid: string, slotIndex: number): string {
  const at = uid.indexOf("@");
  return at < 0 ? `${uid}-${slotIndex}` : `${uid.slice(0, at)}-${slotIndex}${uid.slice(at)}`;
}

/**
 * RFC 5545 text with one weekly VEVENT per slot, in Aachen local time (DTSTART;TZID=Europe/Berlin) with its
 * VTIMEZONE. Slots that have no occurrence left are omitted. The library escapes and folds the event text.
 */
export function toICalendar(input: CalendarInput): string {
  const now = input.now ?? new Date();
  const calendar = ical({
    prodId: input.prodId ?? "//Wegweiser//Angebote//DE",
    // The library writes the calendar name unescaped, so a comma or line break would corrupt the file.
    name: input.name ? escape(input.name, false) : null,
    // A null name keeps DTSTAMP and UNTIL in UTC, as RFC 5545 requires; only the events carry the TZID.
    timezone: { name: null, generator: (zone) => (zone === TIME_ZONE ? BERLIN_VTIMEZONE : null) },
  });

  for (const event of input.events) {
    event.slots.forEach((slot, index) => {
      // The series starts at the first occurrence, which keeps INTERVAL aligned with the weeks counted from validFrom.
      const [first] = nextOccurrences([slot], slot.validFrom ? localDay(slot.validFrom) : now, 1);
      const byDay = BYDAY[slot.weekday - 1];
      if (!first || !byDay) return;
      calendar.createEvent({
        id: slotUid(event.uid, index),
        stamp: now,
        // TZDate, not Date: given a plain Date the library writes the server's own wall-clock time after the TZID.
        start: new TZDate(first.start, TIME_ZONE),
        end: new TZDate(first.end, TIME_ZONE),
        timezone: TIME_ZONE,
        summary: event.title,
        description: event.description ?? null,
        location: event.location ?? null,
        url: event.url ?? null,
        repeating: {
          freq: ICalEventRepeatingFreq.WEEKLY,
          interval: intervalOf(slot),
          byDay: [byDay],
          // validUntil is an inclusive day: the series may run to its last second in Aachen.
          ...(slot.validUntil && { until: new Date(endOfDay(localDay(slot.validUntil)).getTime()) }),
        },
      });
    });
  }
  return calendar.toString();
}
