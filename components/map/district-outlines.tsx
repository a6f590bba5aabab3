"use client";
// Aachen's districts as thin lines under the markers: they orient the reader even when no tile loads.
import type { FeatureCollection } from "geojson";
import type { PathOptions } from "leaflet";
import { GeoJSON } from "react-leaflet";
import { useJson } from "./use-json";

// The colour comes from map.css through the class, where it can use the app's custom properties.
const outline: PathOptions = { className: "map-district", weight: 1.5, opacity: 0.6, fillOpacity: 0.04 };

export function DistrictOutlines({ url }: { url: string }) {
  const result = useJson<FeatureCollection>(url);
  if (result.status !== "ready") return null;
  return <GeoJSON key={url} data={result.data} style={outline} interactive={false} />;
}
