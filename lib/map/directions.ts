// Directions to a place through an external routing site. The site is a setting (DIRECTIONS_URL):
// a template with {to} and, optionally, {from}, each filled with "latitude,longitude".
export const DEFAULT_DIRECTIONS_URL = "https://www.openstreetmap.org/directions?from={from}&to={to}";

export type LatLng = readonly [number, number];

// Five decimals are about a metre: enough to route, no more precise than needed.
const point = ([lat, lng]: LatLng) => `${lat.toFixed(5)},${lng.toFixed(5)}`;

export function isDirectionsTemplate(value: string): boolean {
  return /^https?:\/\/[^\s]+$/.test(value) && value.includes("{to}");
}

/** The routing site's address from `from` (left empty when unknown, so the site asks) to `to`. */
export function directionsUrl(template: string, to: LatLng, from?: LatLng | null): string {
  return template.replaceAll("{to}", point(to)).replaceAll("{from}", from ? point(from) : "");
}
