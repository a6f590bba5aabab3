// Five colour steps for the coverage map. Zero has a step of its own, so a district without any
// site stands out from one with a few; the other four split the range up to the largest value.
// Colours: ColorBrewer GnBu (5 classes), sequential and readable with the common colour-vision
// deficiencies; the lightest is close to white, as an empty district should look.
export const palette = ["#f0f9e8", "#bae4bc", "#7bccc4", "#43a2ca", "#0868ac"] as const;
export const missingColour = "#b9bec2";

export type ColourClass =
  | { kind: "zero"; colour: string }
  | { kind: "range"; colour: string; from: number; to: number }
  | { kind: "missing"; colour: string };

/**
 * The classes for a set of values: counts (whole numbers) get whole-number ranges, rates get four
 * equal intervals above zero. Steps that could hold no whole number are left out of the legend.
 */
export function colourClasses(values: ReadonlyArray<number | null>, whole: boolean): ColourClass[] {
  const known = values.filter((v): v is number => v !== null);
  const max = Math.max(0, ...known);
  // Without a single known value (a rate before any population is entered) only "missing" applies.
  const classes: ColourClass[] = known.length || !values.length ? [{ kind: "zero", colour: palette[0] }] : [];
  if (max > 0) {
    const width = whole ? Math.ceil(max / 4) : max / 4;
    for (let step = 1; step <= 4; step++) {
      const from = whole ? (step - 1) * width + 1 : (step - 1) * width;
      const to = step === 4 ? max : Math.min(max, step * width);
      if (whole ? from > to : from >= max) break;
      classes.push({ kind: "range", colour: palette[step]!, from, to });
    }
  }
  if (known.length < values.length) classes.push({ kind: "missing", colour: missingColour });
  return classes;
}

/** The class a value falls into: zero, the first range whose upper end it does not pass, or missing. */
export function classOf(value: number | null, classes: readonly ColourClass[]): ColourClass {
  if (value === null) return classes.find((c) => c.kind === "missing") ?? { kind: "missing", colour: missingColour };
  const zero = classes.find((c) => c.kind === "zero") ?? { kind: "zero", colour: palette[0] };
  if (value <= 0) return zero;
  const ranges = classes.filter((c) => c.kind === "range");
  return ranges.find((c) => value <= c.to) ?? ranges[ranges.length - 1] ?? zero;
}
