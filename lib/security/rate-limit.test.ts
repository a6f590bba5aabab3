import { describe, expect, it } from "vitest";
import { createRateLimit } from "./rate-limit";

describe("createRateLimit", () => {
  it("allows the limit per window and then refuses until the window has passed", () => {
    const limit = createRateLimit(3, 60_000);
    expect([1, 2, 3, 4].map(() => limit.take("1.2.3.4", 1000))).toEqual([true, true, true, false]);
    expect(limit.take("5.6.7.8", 1000)).toBe(true);
    expect(limit.take("1.2.3.4", 61_000)).toBe(true);
  });
});
