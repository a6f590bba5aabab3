import { describe, expect, it } from "vitest";
import { localesFor, pickTranslation } from "./translation";

const rows = [
  { locale: "de", title: "Deutschkurs" },
  { locale: "ar", title: "دورة ألمانية" },
];
const withEnglish = [...rows, { locale: "en", title: "German course" }];

describe("pickTranslation", () => {
  it("returns the reader's locale when it exists", () => {
    expect(pickTranslation(withEnglish, "ar", ["en", "de"])).toEqual({ title: "دورة ألمانية", locale: "ar", isFallback: false });
  });

  it("takes the first language of the chain that has the text, and marks it", () => {
    expect(pickTranslation(withEnglish, "uk", ["en", "de"])).toEqual({ title: "German course", locale: "en", isFallback: true });
    expect(pickTranslation(rows, "uk", ["en", "de"])).toEqual({ title: "Deutschkurs", locale: "de", isFallback: true });
  });

  it("follows a configured chain in its order", () => {
    expect(pickTranslation(withEnglish, "fa", ["ar", "en", "de"])?.title).toBe("دورة ألمانية");
    expect(pickTranslation(withEnglish, "fa", ["de"])?.locale).toBe("de");
  });

  it("returns null when there is no text at all", () => {
    expect(pickTranslation([], "de", ["en", "de"])).toBeNull();
  });

  it("loads only the reader's locale and the chain's, German last", () => {
    expect(localesFor("fa", ["en", "de"])).toEqual(["fa", "en", "de"]);
    expect(localesFor("en", ["en", "de"])).toEqual(["en", "de"]);
    expect(localesFor("de", ["en", "de"])).toEqual(["de"]);
    expect(localesFor("uk", ["ru"])).toEqual(["uk", "ru", "de"]);
  });
});
