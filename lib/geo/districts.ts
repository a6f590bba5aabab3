// Aachen's seven Stadtbezirke and the 34 Statistische Bezirke they are made of. A location's
// district is always derived from its coordinates, never typed in.
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import statistical from "./data/statistische-bezirke.json";

export type DistrictCode =
  "mitte" | "brand" | "eilendorf" | "haaren" | "kornelimuenster-walheim" | "laurensberg" | "richterich";

export type DistrictDefinition = {
  code: DistrictCode;
  name: string;
  /** the name shortened for a narrow column head (the coverage heat maps) */
  short: string;
  statisticalCodes: (code: number) => boolean;
};

// Mapping per the city's division into Stadtbezirke (Mitte comprises Stadtteile 10–48).
export const districts: readonly DistrictDefinition[] = [
  { code: "mitte", name: "Aachen-Mitte", short: "Mitte", statisticalCodes: (c) => c >= 10 && c <= 48 },
  { code: "brand", name: "Brand", short: "Brand", statisticalCodes: (c) => c === 51 },
  { code: "eilendorf", name: "Eilendorf", short: "Eilend.", statisticalCodes: (c) => c === 52 },
  { code: "haaren", name: "Haaren", short: "Haaren", statisticalCodes: (c) => c === 53 },
  { code: "kornelimuenster-walheim", name: "Kornelimünster/Walheim", short: "Korn./W.", statisticalCodes: (c) => c >= 61 && c <= 63 },
  { code: "laurensberg", name: "Laurensberg", short: "Laur.", statisticalCodes: (c) => c === 64 || c === 65 },
  { code: "richterich", name: "Richterich", short: "Richt.", statisticalCodes: (c) => c === 66 },
];

/** A district's name as a column head where room is short; the page gives the full name as well. */
export const districtShortName = (code: string, name: string) => districts.find((d) => d.code === code)?.short ?? name;

export const districtCodes = districts.map((d) => d.code) as DistrictCode[];

type StatisticalProps = { STATBEZ: number; ST_NAME: string };
const features = (statistical as unknown as FeatureCollection<Polygon, StatisticalProps>).features;

export type StatisticalDistrict = { code: number; name: string; district: DistrictCode };

export function districtForStatisticalCode(code: number): DistrictCode {
  const match = districts.find((d) => d.statisticalCodes(code));
  if (!match) throw new Error(`Statistischer Bezirk ${code} belongs to no Stadtbezirk`);
  return match.code;
}

export const statisticalDistricts: readonly StatisticalDistrict[] = features
  .map((f) => ({
    code: f.properties.STATBEZ,
    name: f.properties.ST_NAME,
    district: districtForStatisticalCode(f.properties.STATBEZ),
  }))
  .sort((a, b) => a.code - b.code);

export function statisticalFeatures(): ReadonlyArray<Feature<Polygon, StatisticalProps>> {
  return features;
}

/** The Statistischer Bezirk and Stadtbezirk a point lies in, or null outside Aachen. */
export function locateInAachen(latitude: number, longitude: number): StatisticalDistrict | null {
  const point: [number, number] = [longitude, latitude];
  for (const feature of features) {
    if (booleanPointInPolygon(point, feature)) {
      const code = feature.properties.STATBEZ;
      return { code, name: feature.properties.ST_NAME, district: districtForStatisticalCode(code) };
    }
  }
  return null;
}

/** A representative point of a Stadtbezirk (mean of its outline's vertices), for "near district". */
const centres = new Map<DistrictCode, { lat: number; lng: number }>();

export function districtCentre(code: DistrictCode): { lat: number; lng: number } {
  const known = centres.get(code);
  if (known) return known;
  const district = districts.find((d) => d.code === code)!;
  let lat = 0;
  let lng = 0;
  let n = 0;
  for (const feature of features) {
    if (!district.statisticalCodes(feature.properties.STATBEZ)) continue;
    for (const [x, y] of feature.geometry.coordinates[0]!) {
      lng += x!;
      lat += y!;
      n++;
    }
  }
  const centre = { lat: lat / n, lng: lng / n };
  centres.set(code, centre);
  return centre;
}
