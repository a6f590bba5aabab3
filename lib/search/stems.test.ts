import { describe, expect, it } from "vitest";
import { typedWords } from "./normalize";
import { queryStemKeys, stemKeys } from "./stems";

const shareStem = (query: string, text: string, locale?: string) => {
  const indexed = new Set(typedWords(text).flatMap((w) => stemKeys(w.typed, locale)));
  return typedWords(query).every((w) => queryStemKeys(w.typed).some((key) => indexed.has(key)));
};

describe("word forms by stem", () => {
  it("finds other cases and numbers of a word in German, English, Russian, Ukrainian, Turkish and Arabic", () => {
    expect(shareStem("Deutschkurse", "Deutschkurs", "de")).toBe(true);
    expect(shareStem("Wohnungen", "Wohnung", "de")).toBe(true);
    expect(shareStem("courses", "course", "en")).toBe(true);
    expect(shareStem("немецкий", "курс немецкого языка", "ru")).toBe(true);
    expect(shareStem("німецька", "курс німецької мови", "uk")).toBe(true);
    expect(shareStem("kurslar", "Almanca kurs", "tr")).toBe(true);
    expect(shareStem("أطفال", "رياض الأطفال", "ar")).toBe(true);
  });

  it("finds a Ukrainian word whose vowel changes with its ending (дозвіл, дозволу; садок, садка)", () => {
    expect(shareStem("дозвіл", "подання дозволу на проживання", "uk")).toBe(true);
    expect(shareStem("садок", "дитячого садка", "uk")).toBe(true);
  });

  it("keeps Arabic nouns apart that differ only by a final ة (رياض, gardens; رياضة, sport)", () => {
    expect(shareStem("رياض", "رياضة للجميع", "ar")).toBe(false);
    expect(shareStem("رياضة", "الرياضة", "ar")).toBe(true);
  });

  it("does not stem words too short to tell apart", () => {
    expect(stemKeys("an", "de")).toEqual([]);
  });

  it("stems an offer's text in its own language only", () => {
    expect(stemKeys("kurslar", "tr")).toHaveLength(1);
    expect(stemKeys("kurslar").length).toBeGreaterThan(1);
  });
});
