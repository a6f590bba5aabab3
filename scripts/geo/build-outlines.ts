// `npm run geo:build`: dissolves the 34 Statistische Bezirke into the seven Stadtbezirke and writes
// both outline files the maps load from public/geo/. Coordinates are rounded to ~1 m to keep the
// files small for slow connections.
import fs from "node:fs";
import path from "node:path";
import union from "@turf/union";
import { featureCollection } from "@turf/helpers";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { districts, statisticalFeatures } from "../../lib/geo/districts";

const round = (ring: Position[]): Position[] => ring.map(([x, y]) => [Math.round(x! * 1e5) / 1e5, Math.round(y! * 1e5) / 1e5]);
const roundGeometry = (g: Polygon | MultiPolygon): Polygon | MultiPolygon =>
  g.type === "Polygon"
    ? { type: "Polygon", coordinates: g.coordinates.map(round) }
    : { type: "MultiPolygon", coordinates: g.coordinates.map((p) => p.map(round)) };

const out = path.resolve(__dirname, "../../public/geo");
fs.mkdirSync(out, { recursive: true });

const stadtbezirke = districts.map((district) => {
  const parts = statisticalFeatures().filter((f) => district.statisticalCodes(f.properties.STATBEZ));
  const merged = parts.length === 1 ? parts[0]! : union(featureCollection(parts as Feature<Polygon>[]));
  if (!merged) throw new Error(`could not dissolve ${district.code}`);
  return { type: "Feature", properties: { code: district.code, name: district.name }, geometry: roundGeometry(merged.geometry) };
});
fs.writeFileSync(path.join(out, "stadtbezirke.geojson"), JSON.stringify({ type: "FeatureCollection", features: stadtbezirke }));

const statistical = statisticalFeatures().map((f) => ({
  type: "Feature",
  properties: { code: f.properties.STATBEZ, name: f.properties.ST_NAME },
  geometry: roundGeometry(f.geometry),
}));
fs.writeFileSync(path.join(out, "statistische-bezirke.geojson"), JSON.stringify({ type: "FeatureCollection", features: statistical }));
console.log("wrote public/geo/stadtbezirke.geojson and public/geo/statistische-bezirke.geojson");
