import { describe, expect, it } from "vitest";
import { isLightMode, parseChoice } from "./light-mode";

describe("light mode", () => {
  it("follows the browser's data saver until the reader chooses on this device", () => {
    expect(isLightMode(null, false)).toBe(false);
    expect(isLightMode(null, true)).toBe(true);
    expect(isLightMode("on", false)).toBe(true);
    expect(isLightMode("off", true)).toBe(false);
  });

  it("ignores stored values it does not know", () => {
    expect(parseChoice("on")).toBe("on");
    expect(parseChoice("off")).toBe("off");
    expect(parseChoice("yes")).toBeNull();
    expect(parseChoice(null)).toBeNull();
  });
});
