import { describe, expect, it } from "vitest";
import { textOrigin } from "./text-origin";
import { pickTranslation } from "./translation";

const rows = [
  { locale: "de", title: "Elterncafé", summary: "Jeden Montag", status: "reviewed" },
  { locale: "en", title: "Parents' café", summary: "Every Monday", status: "reviewed" },
  { locale: "fa", title: "[fa] Elterncafé", summary: "[fa] Jeden Montag", status: "machine" },
];

describe("textOrigin", () => {
  it("marks a machine translation and carries the German original", () => {
    const origin = textOrigin(rows, pickTranslation(rows, "fa", ["en", "de"]), ["title", "summary"]);
    expect(origin).toEqual({ locale: "fa", isFallback: false, machine: true, original: ["Elterncafé", "Jeden Montag"] });
  });

  it("says which language stands in when the reader's is missing", () => {
    const origin = textOrigin(rows, pickTranslation(rows, "uk", ["en", "de"]), ["title"]);
    expect(origin).toEqual({ locale: "en", isFallback: true, machine: false, original: null });
  });

  it("never calls German a machine translation", () => {
    const german = [{ locale: "de", title: "Kurs", status: "machine" }];
    expect(textOrigin(german, pickTranslation(german, "ar", ["de"]), ["title"]).machine).toBe(false);
  });
});
