import { describe, expect, it } from "vitest";
import { loginRules, waitAfter } from "./throttle";

describe("progressive login delays", () => {
  it("lets the free failures pass, then doubles the wait up to the bucket's cap", () => {
    const rule = { free: 3, windowSeconds: 3600, firstWait: 2, maxWait: 60 };
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map((n) => waitAfter(n, rule))).toEqual([0, 0, 0, 2, 4, 8, 16, 32, 60, 60]);
  });

  it("never makes an account's owner wait more than a minute for what strangers did", () => {
    expect(waitAfter(1_000_000, loginRules.account)).toBeLessThanOrEqual(60);
    expect(loginRules.address.free).toBeGreaterThanOrEqual(20);
  });
});
