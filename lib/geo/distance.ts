// Distances inside one city: an equirectangular approximation is off by far less than a street.
export const KM_PER_DEGREE = 111.2;

/** Kilometres between two points, with longitude scaled by the latitude of the first. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const scale = Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(b.lat - a.lat, (b.lng - a.lng) * scale) * KM_PER_DEGREE;
}
