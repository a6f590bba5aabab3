import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatList } from "./list";
import { locales } from "./locales";

describe("formatList", () => {
  it("joins with the Arabic comma in Arabic and Farsi", () => {
    expect(formatList(["العربية", "الألمانية", "التركية"], "ar")).toContain("،");
    expect(formatList(["عربی", "آلمانی", "ترکی"], "fa")).toContain("،");
    expect(formatList(["عربی", "آلمانی"], "fa")).not.toContain(",");
  });

  it("joins with the comma of the language elsewhere", () => {
    expect(formatList(["Arabisch", "Englisch", "Türkisch"], "de")).toMatch(/^Arabisch, Englisch,? (und )?Türkisch$/);
    expect(formatList(["Arabisch"], "de")).toBe("Arabisch");
    expect(formatList(["арабский", "немецкий", "турецкий"], "ru")).toBe("арабский, немецкий и турецкий");
    expect(formatList(["Arapça", "Almanca", "Türkçe"], "tr")).toBe("Arapça, Almanca ve Türkçe");
  });

  // A card lists two weekly times and "1 more" (messages: offers.card.moreTimes); the list brings
  // its own "und", "و", "і" where the language has one.
  it.each(locales)("ends a card's times in '1 more' without a doubled 'and' (%s)", (locale) => {
    const messages = JSON.parse(fs.readFileSync(path.join(__dirname, "../../messages", `${locale}.json`), "utf8"));
    const more = (messages.offers.card.moreTimes as string).replace(/\{count[^}]*\}/, "1");
    const text = formatList(["Di. 09:00", "Do. 14:00", more], locale);
    const words = text.split(/[\s،,]+/).filter(Boolean);
    expect(
      words.some((word, i) => word === words[i + 1]),
      text,
    ).toBe(false);
    expect(text, text).not.toMatch(/(^|\s)وو/);
  });
});
