import "server-only";
// Address lookup through a Nominatim-compatible service, when GEOCODER_URL names one. Nothing is
// looked up otherwise: the back office then places pins by map or by typed coordinates.
import { env } from "../env";

export type GeocodeHit = { lat: number; lng: number; label: string };

export function geocoderConfigured(): boolean {
  return Boolean(env().GEOCODER_URL);
}

export async function geocode(address: string, base = env().GEOCODER_URL): Promise<GeocodeHit | null> {
  const query = address.trim().slice(0, 300);
  if (!base || !query) return null;
  const url = new URL(base.endsWith("/search") ? base : `${base.replace(/\/$/, "")}/search`);
  url.searchParams.set("q", query);
  url.searchParams.set("format", "jsonv2");
  url.searchParams.set("limit", "1");
  url.searchParams.set("countrycodes", "de");
  try {
    const response = await fetch(url, {
      headers: { "User-Agent": "Wegweiser back office", Accept: "application/json" },
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return null;
    const [hit] = (await response.json()) as Array<{ lat?: string; lon?: string; display_name?: string }>;
    const lat = Number(hit?.lat);
    const lng = Number(hit?.lon);
    return hit && Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng, label: hit.display_name ?? query } : null;
  } catch {
    return null;
  }
}
