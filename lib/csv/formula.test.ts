import { describe, expect, it } from "vitest";
import { guardFormula, unguardFormula } from "./formula";
import { toCsv } from "./write";

describe("formula guard", () => {
  it("puts a quote before every cell a spreadsheet would evaluate", () => {
    for (const value of [
      '=HYPERLINK("https://evil.example","x")',
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1)",
      "\t=1",
      "\r=1",
      "+49 241 123456",
    ])
      expect(guardFormula(value)).toBe(`'${value}`);
  });

  it("leaves ordinary text and plain negative numbers readable", () => {
    for (const value of ["Begegnung e. V.", "0241 123456", "-3", "-0,5", "-12.25", "a=b", ""])
      expect(guardFormula(value)).toBe(value);
  });

  it("reads back what it guarded, and nothing else", () => {
    for (const value of ['=HYPERLINK("x")', "+49 241", "@a", "-2+3", "-3", "'quoted", "'", "Text"])
      expect(unguardFormula(guardFormula(value))).toBe(value);
    expect(unguardFormula("'Anführung")).toBe("'Anführung");
  });

  it("guards every string cell of a CSV file, headers and all, and leaves numbers as numbers", () => {
    const csv = toCsv([
      ["name", "count"],
      ['=HYPERLINK("https://evil.example")', -3],
      ["ok", null],
    ]);
    expect(csv).toBe(`name,count\n"'=HYPERLINK(""https://evil.example"")",-3\nok,\n`);
  });
});
