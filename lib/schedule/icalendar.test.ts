import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { toICalendar, type CalendarEvent } from "./icalendar";
import { nextOccurrences } from "./occurrences";
import type { WeeklySlot } from "./types";

const now = new Date("2025-01-10T12:00:00Z");
const slot = (overrides: Partial<WeeklySlot> = {}): WeeklySlot => ({
  weekday: 2,
  opensAt: "09:00",
  closesAt: "12:00",
  interval: 1,
  validFrom: null,
  validUntil: null,
  ...overrides,
});
const fortnightly = slot({
  interval: 2,
  validFrom: new Date("2025-01-06T00:00:00Z"),
  validUntil: new Date("2025-06-30T00:00:00Z"),
});
const offer: CalendarEvent = {
  uid: "offer-1@wegweiser.example",
  title: "Sprachcafé",
  slots: [fortnightly, slot({ weekday: 4, opensAt: "15:30", closesAt: "17:00" })],
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

afterEach(() => ICAL.TimezoneService.reset());

describe("toICalendar", () => {
  it("writes one recurring event per slot in Berlin local time with its VTIMEZONE", () => {
    const { calendar, events } = parse(toICalendar({ now, events: [offer] }));
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual([
      "Europe/Berlin",
    ]);
    expect(events.map((e) => e.uid)).toEqual(["offer-1-0@wegweiser.example", "offer-1-1@wegweiser.example"]);
    const [first, second] = events;
    expect(first?.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Berlin");
    expect(first?.startDate.toString()).toBe("2025-01-07T09:00:00");
    expect(first?.endDate.toString()).toBe("2025-01-07T12:00:00");
    expect(first?.startDate.toJSDate().toISOString()).toBe("2025-01-07T08:00:00.000Z");
    // Without validFrom the series starts at the first occurrence after `now`.
    expect(second?.startDate.toString()).toBe("2025-01-16T15:30:00");
  });

  it("repeats weekly with the slot's interval, weekday and an UNTIL at the end of validUntil", () => {
    const [first, second] = parse(toICalendar({ now, events: [offer] })).events;
    const rule = first?.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("WEEKLY");
    expect(rule.interval).toBe(2);
    expect(rule.parts.BYDAY).toEqual(["TU"]);
    expect(rule.until?.toJSDate().toISOString()).toBe("2025-06-30T21:59:59.000Z"); // 23:59:59 CEST
    const open = second?.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect([open.interval, open.parts.BYDAY, open.until]).toEqual([1, ["TH"], null]);
  });

  it("expands to the same instants as nextOccurrences, across the change to summer time", () => {
    const [first] = parse(toICalendar({ now, events: [offer] })).events;
    const iterator = first!.iterator();
    const expanded: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) expanded.push(next.toJSDate().toISOString());
    const expected = nextOccurrences([fortnightly], new Date("2025-01-01T00:00:00Z"), 100);
    expect(expanded).toEqual(expected.map((o) => o.start.toISOString()));
    expect(expanded).toHaveLength(13);
    expect(expanded).toContain("2025-04-01T07:00:00.000Z");
  });

  it("writes the same file whatever the server's own time zone", () => {
    const inUtc = toICalendar({ now, events: [offer] });
    const previous = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      expect(toICalendar({ now, events: [offer] })).toBe(inUtc);
    } finally {
      process.env.TZ = previous;
    }
  });

  it("round-trips commas, semicolons and line breaks in text and folds lines at 75 octets", () => {
    const text = "Deutsch, A1; für Anfänger\nmit Kinderbetreuung, kostenlos; bitte anmelden. ".repeat(3);
    const ics = toICalendar({
      name: "Wegweiser, Aachen;\nKurse",
      now,
      events: [
        {
          ...offer,
          title: "Elterncafé, Ost; Rothe Erde",
          description: text,
          location: "Markt 1, 52062 Aachen",
          url: "https://example.org/a?b=1;c=2",
        },
      ],
    });
    expect(ics.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const { calendar, events } = parse(ics);
    // ical.js leaves unknown properties such as NAME raw, so the escaped form is what it hands back.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Wegweiser\\, Aachen\\;\\nKurse");
    expect(events[0]?.summary).toBe("Elterncafé, Ost; Rothe Erde");
    expect(events[0]?.description).toBe(text);
    expect(events[0]?.location).toBe("Markt 1, 52062 Aachen");
    expect(events[0]?.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2025-01-10T12:00:00Z");
  });

  it("collects several offers in one feed and leaves out slots that have ended", () => {
    const ended = slot({ validUntil: new Date("2024-12-31T00:00:00Z") });
    const other: CalendarEvent = { uid: "offer-2", title: "Beratung", slots: [ended, slot({ weekday: 1 })] };
    const { calendar, events } = parse(toICalendar({ name: "Alle Angebote", now, events: [offer, other] }));
    expect(calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
    expect(events.map((e) => e.uid)).toEqual([
      "offer-1-0@wegweiser.example",
      "offer-1-1@wegweiser.example",
      "offer-2-1",
    ]);
  });
});
