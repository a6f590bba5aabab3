import { describe, expect, it } from "vitest";
import { loginAllowed, recordFailure, recordSuccess } from "./throttle";

describe("login throttling", () => {
  it("blocks an account after five failures, whatever the address", () => {
    const now = Date.now();
    for (let i = 0; i < 6; i++) recordFailure("kim@example.org", `10.0.0.${i}`, now);
    expect(loginAllowed("kim@example.org", "10.0.1.1", now + 1000)).toBe(false);
    expect(loginAllowed("kim@example.org", "10.0.1.1", now + 16 * 60 * 1000)).toBe(true);
    recordSuccess("kim@example.org");
  });

  it("blocks an address that fails on many accounts, but never one that only succeeds", () => {
    const now = Date.now();
    for (let i = 0; i < 200; i++) expect(loginAllowed(`user${i}@example.org`, "192.0.2.1", now)).toBe(true);
    for (let i = 0; i < 20; i++) recordFailure(`guess${i}@example.org`, "192.0.2.2", now);
    expect(loginAllowed("someone@example.org", "192.0.2.2", now)).toBe(false);
    expect(loginAllowed("someone@example.org", "192.0.2.3", now)).toBe(true);
  });
});
