import "server-only";
// The district outlines the app already serves (public/geo/stadtbezirke.geojson, built from the
// city's open data) projected once into a flat drawing: SVG path data that the page draws as SVG
// and the PDF draws with the same path commands. At Aachen's size an equirectangular projection
// scaled by the cosine of the latitude is indistinguishable from a proper one.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FeatureCollection, Geometry, Position } from "geojson";

export type DistrictShape = { code: string; d: string; label: { x: number; y: number } };
export type DistrictDrawing = { width: number; height: number; shapes: DistrictShape[] };

const WIDTH = 480;
const MARGIN = 12;

let cached: Promise<DistrictDrawing> | null = null;

/** The seven districts drawn in a box WIDTH wide, north up; read once per process. */
export function districtDrawing(): Promise<DistrictDrawing> {
  cached ??= readFile(path.join(process.cwd(), "public", "geo", "stadtbezirke.geojson"), "utf8").then((text) =>
    project(JSON.parse(text) as FeatureCollection<Geometry, { code?: string }>),
  );
  return cached;
}

const ringsOf = (geometry: Geometry): Position[][][] =>
  geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];

/** Signed area and centroid of a ring (shoelace formula). */
function ringCentroid(ring: Array<[number, number]>) {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  return { area: Math.abs(area), x: x / (6 * area), y: y / (6 * area) };
}

export function project(collection: FeatureCollection<Geometry, { code?: string }>): DistrictDrawing {
  const points = collection.features.flatMap((f) => ringsOf(f.geometry).flat(2));
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (WIDTH - 2 * MARGIN) / ((maxLon - minLon) * kx);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * MARGIN);
  const at = ([lon, lat]: Position): [number, number] => [
    MARGIN + (lon! - minLon) * kx * scale,
    MARGIN + (maxLat - lat!) * scale,
  ];
  const round = (n: number) => Math.round(n * 10) / 10;

  const shapes = collection.features.map((feature) => {
    const polygons = ringsOf(feature.geometry).map((polygon) => polygon.map((ring) => ring.map(at)));
    const d = polygons
      .flat()
      .map((ring) => `M${ring.map(([x, y]) => `${round(x)},${round(y)}`).join("L")}Z`)
      .join("");
    // The label sits at the centre of the largest outer ring.
    const outer = polygons.map((polygon) => ringCentroid(polygon[0]!)).sort((a, b) => b.area - a.area)[0]!;
    return { code: feature.properties.code ?? "", d, label: { x: round(outer.x), y: round(outer.y) } };
  });
  return { width: WIDTH, height, shapes };
}
