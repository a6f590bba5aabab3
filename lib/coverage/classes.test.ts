import { describe, expect, it } from "vitest";
import { classOf, colourClasses, missingColour, palette } from "./classes";

describe("coverage colour classes", () => {
  it("gives zero its own step and splits whole numbers into ranges up to the largest", () => {
    const classes = colourClasses([0, 1, 4, 13, 2, 0, 7], true);
    expect(classes).toEqual([
      { kind: "zero", colour: palette[0] },
      { kind: "range", colour: palette[1], from: 1, to: 4 },
      { kind: "range", colour: palette[2], from: 5, to: 8 },
      { kind: "range", colour: palette[3], from: 9, to: 12 },
      { kind: "range", colour: palette[4], from: 13, to: 13 },
    ]);
    expect([0, 1, 4, 5, 13].map((v) => classOf(v, classes).colour)).toEqual([
      palette[0],
      palette[1],
      palette[1],
      palette[2],
      palette[4],
    ]);
  });

  it("leaves out steps no whole number can fall into", () => {
    expect(colourClasses([0, 1, 2], true).map((c) => (c.kind === "range" ? `${c.from}-${c.to}` : c.kind))).toEqual([
      "zero",
      "1-1",
      "2-2",
    ]);
    expect(colourClasses([0, 0], true)).toEqual([{ kind: "zero", colour: palette[0] }]);
    expect(colourClasses([null, null], false)).toEqual([{ kind: "missing", colour: missingColour }]);
  });

  it("splits rates into four equal intervals and greys out districts without a population", () => {
    const classes = colourClasses([0.4, null, 0.1, 0], false);
    expect(classes.map((c) => c.kind)).toEqual(["zero", "range", "range", "range", "range", "missing"]);
    const ranges = classes.flatMap((c) => (c.kind === "range" ? [[c.from, c.to]] : []));
    [
      [0, 0.1],
      [0.1, 0.2],
      [0.2, 0.3],
      [0.3, 0.4],
    ].forEach(([from, to], i) => {
      expect(ranges[i]![0]).toBeCloseTo(from!);
      expect(ranges[i]![1]).toBeCloseTo(to!);
    });
    expect(classOf(null, classes).colour).toBe(missingColour);
    expect(classOf(0.1, classes).colour).toBe(palette[1]);
    expect(classOf(0.4, classes).colour).toBe(palette[4]);
  });
});
