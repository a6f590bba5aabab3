// The colour of each programme's ring around a dot on the network map, and in its legend. Paul
// Tol's "bright" scheme: distinct for the common colour-vision deficiencies and unlike the dark dot
// inside. Colours follow the programmes' display order, so a programme keeps its colour while the
// list stays the same.
const bright = ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377", "#bbbbbb"] as const;

export type ProgrammeColour = { slug: string; name: string; colour: string };

export function programmeColours(programmes: ReadonlyArray<{ slug: string; name: string }>): ProgrammeColour[] {
  return programmes.map((p, i) => ({ ...p, colour: bright[i % bright.length]! }));
}

/** A ring in equal parts, one per programme, as a CSS background. */
export function ringOf(colours: readonly string[]): string {
  if (colours.length === 1) return colours[0]!;
  const step = 100 / colours.length;
  return `conic-gradient(${colours.map((c, i) => `${c} ${i * step}% ${(i + 1) * step}%`).join(", ")})`;
}
