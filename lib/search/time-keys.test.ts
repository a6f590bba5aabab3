import { describe, expect, it } from "vitest";
import { openKeyAt, timeKey, timeKeys } from "./time-keys";

describe("timeKeys", () => {
  it("keys every year of an age range, and an offer without limits as for everyone", () => {
    expect(timeKeys({ minAge: 1, maxAge: 3 })).toEqual(["age:1", "age:2", "age:3"]);
    expect(timeKeys({ minAge: null, maxAge: null })).toEqual([timeKey.anyAge]);
    expect(timeKeys({ maxAge: 2 })).toEqual(["age:0", "age:1", "age:2"]);
    const adults = timeKeys({ minAge: 18 });
    expect(adults).toContain("age:18");
    expect(adults).toContain("age:99");
    expect(adults).not.toContain("age:17");
  });

  it("keys the weekday and every quarter hour a weekly time overlaps", () => {
    const keys = timeKeys({ schedules: [{ weekday: 2, opensAt: "09:10", closesAt: "10:00" }] });
    expect(keys).toContain("day:2");
    // 09:00–09:15 (quarter 36) to 09:45–10:00 (quarter 39); not the quarter from 10:00.
    expect(keys.filter((k) => k.startsWith("open:"))).toEqual(["open:2:36", "open:2:37", "open:2:38", "open:2:39"]);
  });

  it("leaves out weekly times that have ended", () => {
    const keys = timeKeys(
      {
        schedules: [{ weekday: 5, opensAt: "09:00", closesAt: "10:00", validUntil: new Date("2026-01-31T00:00:00Z") }],
      },
      new Date("2026-03-01T12:00:00Z"),
    );
    expect(keys).not.toContain("day:5");
  });
});

describe("openKeyAt", () => {
  it("names the weekday and quarter hour on Aachen's clock, in winter and in summer", () => {
    expect(openKeyAt(new Date("2026-03-10T09:20:00Z"))).toBe("open:2:41"); // Tuesday 10:20 CET
    expect(openKeyAt(new Date("2026-07-12T21:59:00Z"))).toBe("open:7:95"); // Sunday 23:59 CEST
    expect(openKeyAt(new Date("2026-07-12T22:00:00Z"))).toBe("open:1:0"); // Monday 00:00 CEST
  });
});
