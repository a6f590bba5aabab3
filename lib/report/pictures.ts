import "server-only";
// The report's two pictures as plain shapes: the districts coloured by their offers, and the
// network folded onto the districts. The page draws them as SVG, the PDF with the same coordinates.
import { classOf, colourClasses, palette } from "../coverage/classes";
import { CITYWIDE } from "../coverage/district-links";
import type { CommitteeReport } from "./figures";
import type { DistrictDrawing } from "./geometry";
import { reportTranslator } from "./tables";

export type MapPicture = {
  width: number;
  height: number;
  areas: Array<{
    code: string;
    name: string;
    d: string;
    fill: string;
    ink: string;
    x: number;
    y: number;
    value: number;
  }>;
  legend: Array<{ colour: string; label: string }>;
};

export type NetworkPicture = {
  width: number;
  height: number;
  outlines: string[];
  nodes: Array<{ code: string; name: string; x: number; y: number; r: number; partners: number; within: number }>;
  edges: Array<{ x1: number; y1: number; x2: number; y2: number; width: number; count: number }>;
};

// The two darkest steps of the palette need light text to keep a 4.5:1 contrast.
const inkOn = (fill: string) => (fill === palette[4] || fill === palette[3] ? "#ffffff" : "#1d2327");

export function mapPicture(report: CommitteeReport, drawing: DistrictDrawing): MapPicture {
  const { matrix } = report.current;
  const number = new Intl.NumberFormat(report.locale);
  const classes = colourClasses(
    matrix.rows.map((r) => r.offers),
    true,
  );
  const byCode = new Map(matrix.rows.map((r) => [r.district.code, r]));
  const areas = drawing.shapes.flatMap((shape) => {
    const row = byCode.get(shape.code);
    if (!row) return [];
    const fill = classOf(row.offers, classes).colour;
    return [
      {
        code: shape.code,
        name: row.district.name,
        d: shape.d,
        fill,
        ink: inkOn(fill),
        ...shape.label,
        value: row.offers,
      },
    ];
  });
  const legend = classes.map((c) => ({
    colour: c.colour,
    label:
      c.kind === "range"
        ? c.from === c.to
          ? number.format(c.from)
          : `${number.format(c.from)}–${number.format(c.to)}`
        : number.format(0),
  }));
  return { width: drawing.width, height: drawing.height, areas, legend };
}

export function networkPicture(report: CommitteeReport, drawing: DistrictDrawing): NetworkPicture {
  const t = reportTranslator(report.locale);
  const { matrix, partners } = report.current;
  const names = new Map(matrix.districts.map((d) => [d.code, d.name]));
  const places = new Map(drawing.shapes.map((s) => [s.code, s.label]));
  // Partners without a district stand apart in the top corner, where Aachen's outline leaves room.
  places.set(CITYWIDE, { x: drawing.width - 48, y: 48 });
  const withoutDistrict = partners.withoutDistrict;
  const count = (code: string) => (code === CITYWIDE ? withoutDistrict : (partners.all[code] ?? 0));
  const largest = Math.max(1, ...[...places.keys()].map(count));
  const within = new Map(report.links.filter((l) => l.a === l.b).map((l) => [l.a, l.count]));
  const nodes = [...places].map(([code, at]) => ({
    code,
    name: code === CITYWIDE ? t("network.citywide") : (names.get(code) ?? code),
    x: at.x,
    y: at.y,
    r: 10 + 26 * Math.sqrt(count(code) / largest),
    partners: count(code),
    within: within.get(code) ?? 0,
  }));
  const between = report.links.filter((l) => l.a !== l.b && places.has(l.a) && places.has(l.b));
  const heaviest = Math.max(1, ...between.map((l) => l.count));
  const edges = between.map((l) => {
    const [a, b] = [places.get(l.a)!, places.get(l.b)!];
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: 1 + 9 * (l.count / heaviest), count: l.count };
  });
  return { width: drawing.width, height: drawing.height, outlines: drawing.shapes.map((s) => s.d), nodes, edges };
}
