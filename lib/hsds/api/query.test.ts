import { describe, expect, it } from "vitest";
import { HsdsParameterError, parseRecordQuery, parseServiceQuery, parseTaxonomyTermQuery } from "./query";

const parse = (query: string) => parseServiceQuery(new URLSearchParams(query));

function parameterOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof HsdsParameterError ? error.parameter : "other";
  }
}

describe("HSDS query parameters", () => {
  it("has defaults and ignores unknown and empty parameters", () => {
    expect(parse("foo=bar&search=")).toMatchObject({
      locale: "de",
      page: 1,
      per_page: 50,
      minimal: false,
      full: false,
    });
    expect(parse("search=")).not.toHaveProperty("search", "");
  });

  it("reads weekdays as RRULE codes, English names or ISO numbers", () => {
    expect([parse("day=SA").day, parse("day=saturday").day, parse("day=6").day]).toEqual([6, 6, 6]);
    expect(parse("day=mo").day).toBe(1);
    expect(parameterOf(() => parse("day=8"))).toBe("day");
  });

  it("reads modified_after as an instant or as a day in Aachen", () => {
    expect(parse("modified_after=2025-03-01T10:00:00Z").modified_after?.toISOString()).toBe("2025-03-01T10:00:00.000Z");
    expect(parse("modified_after=2025-03-01").modified_after?.toISOString()).toBe("2025-02-28T23:00:00.000Z");
    expect(parse("modified_after=2025-07-01").modified_after?.toISOString()).toBe("2025-06-30T22:00:00.000Z");
    expect(parameterOf(() => parse("modified_after=2025-03-01T10:00:00"))).toBe("modified_after");
  });

  it("names the parameter that is wrong", () => {
    expect(parameterOf(() => parse("per_page=1001"))).toBe("per_page");
    expect(parameterOf(() => parse("page=0"))).toBe("page");
    expect(parameterOf(() => parse("organization_id=42"))).toBe("organization_id");
    expect(parameterOf(() => parse("minimal=yes"))).toBe("minimal");
    expect(parameterOf(() => parse("minimal=1&full=1"))).toBe("full");
    expect(parameterOf(() => parse("format=ndjson"))).toBe("format");
    expect(parameterOf(() => parseRecordQuery(new URLSearchParams("locale=fr")))).toBe("locale");
    expect(parameterOf(() => parseTaxonomyTermQuery(new URLSearchParams("top_only=on")))).toBe("top_only");
  });

  it("lowercases ids and takes the first of repeated parameters", () => {
    expect(parse("taxonomy_term_id=0B9C1B8E-4A43-4A8E-9D55-3A0F0C2B7F10").taxonomy_term_id).toBe(
      "0b9c1b8e-4a43-4a8e-9d55-3a0f0c2b7f10",
    );
    expect(parse("page=2&page=3").page).toBe(2);
  });
});
