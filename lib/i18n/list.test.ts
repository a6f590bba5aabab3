import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
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
  const moreTimes = (locale: string, count: number) => {
    const messages = JSON.parse(fs.readFileSync(path.join(__dirname, "../../messages", `${locale}.json`), "utf8"));
    return createTranslator({ locale, messages, namespace: "offers.card" })("moreTimes", { count });
  };

  it.each(locales)("ends a card's times in '1 more' without a doubled 'and' (%s)", (locale) => {
    const text = formatList(["Di. 09:00", "Do. 14:00", moreTimes(locale, 1)], locale);
    const words = text.split(/[\s،,]+/).filter(Boolean);
    expect(
      words.some((word, i) => word === words[i + 1]),
      text,
    ).toBe(false);
    // The list's "و" joins the next word ("ووقت آخر" is "and one more time"); its own "و" before a
    // count or a word of its own would be a second "and".
    expect(text, text).not.toMatch(/(^|\s)و\s*و(\s|[0-9٠-٩])/);
  });

  it("counts the other times in Arabic as Arabic counts: one, two, a few, many", () => {
    expect(moreTimes("ar", 1)).toBe("وقت آخر");
    expect(moreTimes("ar", 2)).toBe("وقتان آخران");
    expect(moreTimes("ar", 3)).toMatch(/^\S+ أوقات أخرى$/);
    expect(moreTimes("ar", 11)).toMatch(/^\S+ وقتًا آخر$/);
  });
});
