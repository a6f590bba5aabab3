import { useMemo } from "react";
import { LatLngBounds } from "leaflet";
import Supercluster, { type PointFeature } from "supercluster";
import { useJson } from "./use-json";

// Beyond this zoom the index stops splitting clusters: what is still together there shares one
// address (or nearly), and a list in a popup serves better than pins stacked on one spot.
export const MAX_CLUSTER_ZOOM = 17;

type PointsResponse = { ids: string[]; points: Array<[number, number]> };

/** `i` points into `ids`, so the index holds numbers, not offer records. */
export type PointProps = { i: number };
// Clusters carry only what the index itself adds (cluster_id, point_count).
type ClusterProps = Record<string, unknown>;

export type OfferPoints = {
  ids: string[];
  index: Supercluster<PointProps, ClusterProps>;
  count: number;
  bounds: LatLngBounds | null;
};

function buildIndex({ ids, points }: PointsResponse): OfferPoints {
  const features: PointFeature<PointProps>[] = [];
  let south = 90;
  let west = 180;
  let north = -90;
  let east = -180;
  for (let i = 0; i < points.length; i++) {
    const [lat, lng] = points[i] ?? [NaN, NaN];
    if (!Number.isFinite(lat) || !Number.isFinite(lng) || ids[i] === undefined) continue;
    features.push({ type: "Feature", properties: { i }, geometry: { type: "Point", coordinates: [lng, lat] } });
    south = Math.min(south, lat);
    west = Math.min(west, lng);
    north = Math.max(north, lat);
    east = Math.max(east, lng);
  }
  // Leaflet's tiles are 256 px wide (the default extent of 512 fits vector tiles), so that the radius
  // means screen pixels here.
  const index = new Supercluster<PointProps, ClusterProps>({ radius: 60, extent: 256, maxZoom: MAX_CLUSTER_ZOOM });
  index.load(features);
  const bounds = features.length ? new LatLngBounds([south, west], [north, east]) : null;
  return { ids, index, count: features.length, bounds };
}

export function usePoints(url: string): { status: "loading" | "error" | "ready"; points: OfferPoints | null } {
  const result = useJson<PointsResponse>(url);
  const data =
    result.status === "ready" && Array.isArray(result.data.ids) && Array.isArray(result.data.points)
      ? result.data
      : null;
  const points = useMemo(() => (data ? buildIndex(data) : null), [data]);
  return { status: result.status === "ready" && !data ? "error" : result.status, points };
}
