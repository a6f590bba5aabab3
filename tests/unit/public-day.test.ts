import { describe, expect, it } from "vitest";
import { publicDay, publicSince } from "@/lib/offers/visibility";

const at = (iso: string) => new Date(iso);

describe("today in Aachen, as the visibility rule sees it", () => {
  it("turns at midnight in Aachen, also on the night clocks go forward and back", () => {
    // Clocks go forward on 29 March 2026 and back on 25 October 2026.
    const instants: Array<[string, string, string]> = [
      ["2026-03-28T22:59:59Z", "2026-03-27T23:00:00.000Z", "2026-3-28"],
      ["2026-03-28T23:00:00Z", "2026-03-28T23:00:00.000Z", "2026-3-29"],
      ["2026-03-29T21:59:59Z", "2026-03-28T23:00:00.000Z", "2026-3-29"],
      ["2026-03-29T22:00:00Z", "2026-03-29T22:00:00.000Z", "2026-3-30"],
      // Asked about an earlier day again, after a later one was kept.
      ["2026-03-28T23:30:00Z", "2026-03-28T23:00:00.000Z", "2026-3-29"],
      ["2026-10-25T22:59:59Z", "2026-10-24T22:00:00.000Z", "2026-10-25"],
      ["2026-10-25T23:00:00Z", "2026-10-25T23:00:00.000Z", "2026-10-26"],
    ];
    for (const [instant, since, day] of instants) {
      expect(publicSince(at(instant)).toISOString(), instant).toBe(since);
      expect(publicDay(at(instant)), instant).toBe(day);
    }
  });
});
