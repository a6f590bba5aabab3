import { describe, expect, it } from "vitest";
import { optionalDate } from "./fields";

describe("a date field", () => {
  const parse = (value: unknown) => optionalDate().safeParse(value);

  it("stores the day it names at midnight UTC, and nothing when left empty", () => {
    expect(parse(" 2026-03-01 ").data).toEqual(new Date("2026-03-01T00:00:00Z"));
    expect(parse("1995-05-01").data).toEqual(new Date("1995-05-01T00:00:00Z"));
    expect(parse("").data).toBeNull();
    expect(parse(undefined).data).toBeNull();
  });

  it("refuses a day that does not exist or a mistyped year rather than storing another day", () => {
    for (const day of ["2026-02-30", "0202-01-31", "20266-01-31", "31.01.2027", "2026-13-01"])
      expect(
        parse(day).error?.issues.map((i) => i.message),
        day,
      ).toEqual(["date"]);
  });
});
