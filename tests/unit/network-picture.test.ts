// A picture of the network handed to the committee says what it shows: a saved view's long name and
// a long list of filters are broken into lines inside the picture, which grows to hold them, and no
// word of either is cut off.
import Graph from "graphology";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { estimateTextWidth, networkSvg, type MeasureText } from "@/components/admin/network/network-picture";
import type { Legend } from "@/lib/network/appearance";

const longTitle =
  "Familienzentren, Kitas und Migrantenorganisationen im Stadtbezirk Brand: Kooperationen für den Sozialausschuss 2026/2027";
const longFilters =
  "Art: Kita, Familienzentrum, Migrantenorganisation · Programm: Rucksack KiTa, Griffbereit, Sprach-Kitas · Stadtbezirk: Brand, Eilendorf, Haaren, Kornelimünster/Walheim · Verbindung: kooperiert mit, ist Träger von · Stichtag 30.11.2026";

const legend: Legend = {
  colourTitle: "Art",
  colours: [{ colour: "#1b6ca8", label: "Kita", count: 2 }],
  sizeTitle: "Verbindungen",
  sizes: null,
  lines: [{ colour: "#888", width: 1, label: "Kooperation" }],
};

function graph() {
  const g = new Graph();
  g.addNode("a", { x: 0, y: 0, size: 8, color: "#1b6ca8", label: "Kita Sonnenschein Brand" });
  g.addNode("b", { x: 10, y: 5, size: 5, color: "#1b6ca8", label: "Familienzentrum Brand" });
  g.addEdge("a", "b", { color: "#888", size: 1 });
  return g;
}

type Tspan = { "#text": string | number; x: string; y: string };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "tspan" });

function picture(title: string, filters: string, measure?: MeasureText) {
  const svg = parser.parse(
    networkSvg(graph(), legend, { title, filters, date: "erstellt am 6.12.2026", legendTitle: "Legende" }, measure),
  ).svg;
  const texts = svg.text as Array<{ tspan?: Tspan[]; "font-size"?: string }>;
  const lines = (i: number) =>
    texts[i]!.tspan!.map((t) => ({ text: String(t["#text"]), x: Number(t.x), y: Number(t.y) }));
  const circles = svg.g[1].circle as Array<{ cy: string }>;
  return {
    width: Number(svg.width),
    height: Number(svg.height),
    title: lines(0),
    filters: lines(1),
    topOfGraph: Math.min(...circles.map((c) => Number(c.cy) - 10)),
  };
}

const letters = (s: string) => s.replace(/\s/g, "");

describe("the network picture's title and filters", () => {
  it("breaks a 120-letter view name into lines within the picture, keeping every word", () => {
    expect(longTitle).toHaveLength(120);
    const shown = picture(longTitle, "Alle Organisationen");
    expect(shown.title.length).toBeGreaterThan(1);
    for (const line of shown.title) {
      expect(line.x).toBe(40);
      expect(line.x + estimateTextWidth(line.text, 22, true)).toBeLessThanOrEqual(shown.width - 40);
    }
    expect(shown.title.map((l) => l.text).join(" ")).toBe(longTitle);
    // Lines one below the other, and the filters below the title.
    const ys = [...shown.title, ...shown.filters].map((l) => l.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it("fits a measure wider than the estimate too: every line as if each letter were an M", () => {
    const wide: MeasureText = (text, size) => text.length * size * 0.9;
    const shown = picture(longTitle, longFilters, wide);
    for (const line of shown.title) expect(wide(line.text, 22, true)).toBeLessThanOrEqual(shown.width - 80);
    for (const line of shown.filters) expect(wide(line.text, 13, false)).toBeLessThanOrEqual(shown.width - 80);
    expect(shown.title.length).toBeGreaterThanOrEqual(3);
    expect(letters(shown.title.map((l) => l.text).join(""))).toBe(letters(longTitle));
    expect(letters(shown.filters.map((l) => l.text).join(""))).toBe(letters(`${longFilters} · erstellt am 6.12.2026`));
  });

  it("grows the picture for the extra lines and draws the graph below them", () => {
    const short = picture("Netzwerk", "Alle Organisationen");
    const long = picture(longTitle, longFilters);
    expect(short.title).toHaveLength(1);
    expect(long.filters.length).toBeGreaterThan(1);
    expect(long.height).toBeGreaterThan(short.height);
    for (const shown of [short, long]) expect(shown.topOfGraph).toBeGreaterThan(shown.filters.at(-1)!.y);
    expect(long.topOfGraph - short.topOfGraph).toBe(long.height - short.height);
  });

  it("breaks a word wider than the picture inside the word, losing no letter", () => {
    const link = `https://wegweiser.example/admin/network?${"district=brand&".repeat(20)}colour=district`;
    const shown = picture(link, "Alle Organisationen");
    expect(shown.title.length).toBeGreaterThan(1);
    for (const line of shown.title)
      expect(estimateTextWidth(line.text, 22, true)).toBeLessThanOrEqual(shown.width - 80);
    expect(shown.title.map((l) => l.text).join("")).toBe(link);
  });
});
