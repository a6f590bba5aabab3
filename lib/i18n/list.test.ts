import { describe, expect, it } from "vitest";
import { formatList } from "./list";

describe("formatList", () => {
  it("joins with the Arabic comma in Arabic and Farsi", () => {
    expect(formatList(["العربية", "الألمانية", "التركية"], "ar")).toContain("،");
    expect(formatList(["عربی", "آلمانی", "ترکی"], "fa")).toContain("،");
    expect(formatList(["عربی", "آلمانی"], "fa")).not.toContain(",");
  });

  it("joins with the comma of the language elsewhere", () => {
    expect(formatList(["Arabisch", "Englisch", "Türkisch"], "de")).toMatch(/^Arabisch, Englisch,? (und )?Türkisch$/);
    expect(formatList(["Arabisch"], "de")).toBe("Arabisch");
  });
});
