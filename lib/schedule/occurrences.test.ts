import { describe, expect, it } from "vitest";
import { currentSlots, isOpenAt, nextOccurrences } from "./occurrences";
import type { WeeklySlot } from "./types";

const slot = (overrides: Partial<WeeklySlot> = {}): WeeklySlot => ({
  weekday: 2,
  opensAt: "09:00",
  closesAt: "12:00",
  interval: 1,
  validFrom: null,
  validUntil: null,
  ...overrides,
});
const starts = (slots: WeeklySlot[], from: string, count: number) =>
  nextOccurrences(slots, new Date(from), count).map((o) => o.start.toISOString());

describe("nextOccurrences", () => {
  it("finds Tuesday 09:00 Berlin from a Monday, in winter (UTC+1) and in summer (UTC+2)", () => {
    const [winter] = nextOccurrences([slot()], new Date("2025-01-13T10:00:00Z"), 1);
    expect(winter?.start.toISOString()).toBe("2025-01-14T08:00:00.000Z");
    expect(winter?.end.toISOString()).toBe("2025-01-14T11:00:00.000Z");
    expect(starts([slot()], "2025-07-07T10:00:00Z", 1)).toEqual(["2025-07-08T07:00:00.000Z"]);
  });

  it("keeps the local time across the change to summer time", () => {
    expect(starts([slot()], "2025-03-24T00:00:00Z", 2)).toEqual([
      "2025-03-25T08:00:00.000Z",
      "2025-04-01T07:00:00.000Z",
    ]);
  });

  it("counts an occurrence that starts exactly at `from`, but not one already under way", () => {
    expect(starts([slot()], "2025-01-14T08:00:00Z", 1)).toEqual(["2025-01-14T08:00:00.000Z"]);
    expect(starts([slot()], "2025-01-14T08:01:00Z", 1)).toEqual(["2025-01-21T08:00:00.000Z"]);
  });

  it("skips the off week of a fortnightly slot, counted from the week of validFrom", () => {
    const fortnightly = slot({ interval: 2, validFrom: new Date("2025-01-06T00:00:00Z") });
    expect(starts([fortnightly], "2025-01-13T00:00:00Z", 2)).toEqual([
      "2025-01-21T08:00:00.000Z",
      "2025-02-04T08:00:00.000Z",
    ]);
  });

  it("keeps the fortnightly rhythm across the change to summer time", () => {
    const fortnightly = slot({ interval: 2, validFrom: new Date("2025-03-17T00:00:00Z") });
    expect(starts([fortnightly], "2025-03-19T00:00:00Z", 2)).toEqual([
      "2025-04-01T07:00:00.000Z",
      "2025-04-15T07:00:00.000Z",
    ]);
  });

  it("counts the weeks of a slot without validFrom from Monday 1 January 2024", () => {
    // 6 January 2025 is 53 weeks after the anchor, so that Tuesday is an off week.
    expect(starts([slot({ interval: 2 })], "2025-01-06T00:00:00Z", 2)).toEqual([
      "2025-01-14T08:00:00.000Z",
      "2025-01-28T08:00:00.000Z",
    ]);
  });

  it("starts on validFrom and stops after validUntil, both days inclusive", () => {
    const bounded = slot({ validFrom: new Date("2025-01-21T00:00:00Z"), validUntil: new Date("2025-02-04T00:00:00Z") });
    expect(starts([bounded], "2025-01-01T00:00:00Z", 10)).toEqual([
      "2025-01-21T08:00:00.000Z",
      "2025-01-28T08:00:00.000Z",
      "2025-02-04T08:00:00.000Z",
    ]);
  });

  it("reads validUntil stored as midnight Berlin as that same day", () => {
    const bounded = slot({ validUntil: new Date("2025-01-27T23:00:00Z") });
    expect(starts([bounded], "2025-01-13T00:00:00Z", 10)).toHaveLength(3);
  });

  it("merges several slots in chronological order and names the slot of each", () => {
    const slots = [slot({ weekday: 4, opensAt: "14:00", closesAt: "16:00" }), slot()];
    const next = nextOccurrences(slots, new Date("2025-01-13T00:00:00Z"), 3);
    expect(next.map((o) => [o.start.toISOString(), o.slotIndex])).toEqual([
      ["2025-01-14T08:00:00.000Z", 1],
      ["2025-01-16T13:00:00.000Z", 0],
      ["2025-01-21T08:00:00.000Z", 1],
    ]);
  });

  it("returns nothing for no slots, an expired slot or a count of zero", () => {
    expect(nextOccurrences([], new Date(), 5)).toEqual([]);
    expect(
      nextOccurrences([slot({ validUntil: new Date("2024-12-31T00:00:00Z") })], new Date("2025-01-01"), 5),
    ).toEqual([]);
    expect(nextOccurrences([slot()], new Date(), 0)).toEqual([]);
  });
});

describe("isOpenAt", () => {
  it("is open from the opening time up to, not including, the closing time", () => {
    expect(isOpenAt([slot()], new Date("2025-01-14T09:00:00Z"))).toBe(true); // 10:00 Berlin
    expect(isOpenAt([slot()], new Date("2025-01-14T08:00:00Z"))).toBe(true); // 09:00 Berlin
    expect(isOpenAt([slot()], new Date("2025-01-14T07:59:00Z"))).toBe(false);
    expect(isOpenAt([slot()], new Date("2025-01-14T11:00:00Z"))).toBe(false); // 12:00 Berlin
  });

  it("is closed on another weekday", () => {
    expect(isOpenAt([slot()], new Date("2025-01-15T09:00:00Z"))).toBe(false); // Wednesday 10:00 Berlin
  });

  it("follows Berlin time in summer", () => {
    expect(isOpenAt([slot()], new Date("2025-07-08T08:00:00Z"))).toBe(true); // 10:00 CEST
    expect(isOpenAt([slot()], new Date("2025-07-08T10:00:00Z"))).toBe(false); // 12:00 CEST
  });

  it("is closed in the off week and outside the validity dates", () => {
    const fortnightly = slot({ interval: 2, validFrom: new Date("2025-01-06T00:00:00Z") });
    expect(isOpenAt([fortnightly], new Date("2025-01-21T09:00:00Z"))).toBe(true);
    expect(isOpenAt([fortnightly], new Date("2025-01-14T09:00:00Z"))).toBe(false);
    expect(isOpenAt([slot({ validUntil: new Date("2025-01-07T00:00:00Z") })], new Date("2025-01-14T09:00:00Z"))).toBe(
      false,
    );
  });

  it("stays open past midnight for a slot that closes after it", () => {
    const lateNight = slot({ weekday: 5, opensAt: "22:00", closesAt: "02:00" });
    expect(isOpenAt([lateNight], new Date("2025-01-18T00:00:00Z"))).toBe(true); // Saturday 01:00 Berlin
    expect(isOpenAt([lateNight], new Date("2025-01-18T01:00:00Z"))).toBe(false); // Saturday 02:00 Berlin
  });
});

describe("currentSlots", () => {
  it("keeps weekly times without an end or ending today in Aachen, drops those that ended", () => {
    const open = slot();
    const endsToday = slot({ weekday: 3, validUntil: new Date("2026-03-09T23:00:00Z") }); // 10 March, Aachen
    const ended = slot({ weekday: 4, validUntil: new Date("2026-03-08T23:00:00Z") }); // 9 March, Aachen
    // 10 March 2026, 00:30 in Aachen, when it is still 9 March in UTC.
    expect(currentSlots([open, endsToday, ended], new Date("2026-03-09T23:30:00Z"))).toEqual([open, endsToday]);
  });
});
