import { describe, expect, it } from "vitest";
import { localesFor, pickTranslation } from "./translation";

const rows = [
  { locale: "de", title: "Deutschkurs" },
  { locale: "ar", title: "دورة ألمانية" },
];

describe("pickTranslation", () => {
  it("returns the reader's locale when it exists", () => {
    expect(pickTranslation(rows, "ar")).toEqual({ title: "دورة ألمانية", locale: "ar", isFallback: false });
  });

  it("falls back to German and marks it", () => {
    expect(pickTranslation(rows, "uk")).toEqual({ title: "Deutschkurs", locale: "de", isFallback: true });
  });

  it("returns null when there is no text at all", () => {
    expect(pickTranslation([], "de")).toBeNull();
  });

  it("loads the reader's locale and German", () => {
    expect(localesFor("fa")).toEqual(["fa", "de"]);
    expect(localesFor("de")).toEqual(["de"]);
  });
});
