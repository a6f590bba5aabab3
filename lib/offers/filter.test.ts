import { describe, expect, it } from "vitest";
import { activeFilters, parseOfferFilter, toQuery } from "./filter";

describe("parseOfferFilter", () => {
  it("reads every filter from the query string", () => {
    const filter = parseOfferFilter({
      q: "  Deutschkurs ",
      category: "language",
      audience: "women",
      language: "AR",
      district: "haaren",
      free: "1",
      programme: "griffbereit",
      near: "50.7766,6.0834",
      sort: "distance",
      view: "map",
      page: "3",
    });
    expect(filter).toEqual({
      q: "Deutschkurs",
      category: "language",
      audience: "women",
      language: "ar",
      district: "haaren",
      free: true,
      programme: "griffbereit",
      near: { lat: 50.7766, lng: 6.0834 },
      sort: "distance",
      view: "map",
      page: 3,
    });
    expect(activeFilters(filter)).toEqual(["category", "audience", "language", "district", "free", "programme"]);
  });

  it("ignores bad values instead of failing the page", () => {
    const filter = parseOfferFilter({
      district: "atlantis",
      language: "<script>",
      page: "-2",
      view: "globe",
      near: "999,1",
      category: ["language", "work"],
      q: "   ",
    });
    expect(filter).toEqual({ category: "language", view: "list", page: 1, q: undefined });
  });

  it("reads an age, a weekday and open now; an empty age field is no age", () => {
    const filter = parseOfferFilter({ age: " 3 ", day: "2", open: "1" });
    expect(filter).toMatchObject({ age: 3, day: 2, open: true });
    expect(activeFilters(filter)).toEqual(["age", "day", "open"]);
    expect(toQuery(filter)).toEqual({ age: "3", day: "2", open: "1" });
    expect(parseOfferFilter({ age: "", day: "8", open: "no" })).toEqual({ view: "list", page: 1, q: undefined });
    expect(parseOfferFilter({ age: "0" }).age).toBe(0);
    expect(parseOfferFilter({ age: "140" }).age).toBeUndefined();
  });

  it("writes the filter back, with changes applied", () => {
    const filter = parseOfferFilter({ q: "kurs", district: "brand", page: "2" });
    expect(toQuery(filter)).toEqual({ q: "kurs", district: "brand", page: "2" });
    expect(toQuery(filter, { district: undefined, page: undefined })).toEqual({ q: "kurs" });
    expect(toQuery(filter, { view: "map" })).toMatchObject({ view: "map" });
  });
  it("searches a very long query by its first 200 characters instead of dropping it", () => {
    const long = `Deutschkurs ${"für Anfänger ".repeat(40)}🙂`;
    const { q } = parseOfferFilter({ q: long });
    expect(q?.startsWith("Deutschkurs für Anfänger")).toBe(true);
    expect(Array.from(q ?? "").length).toBeLessThanOrEqual(200);
    // Cut between words, never inside one: each word must match.
    const repeated = "Deutschkurs Abend ".repeat(17);
    const clipped = parseOfferFilter({ q: repeated }).q ?? "";
    expect(clipped.split(" ").every((word) => word === "Deutschkurs" || word === "Abend")).toBe(true);
    expect(clipped.length).toBeGreaterThan(180);
  });
});
