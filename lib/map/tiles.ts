// Map tiles come from a configurable server (MAP_TILE_URL); OpenStreetMap's is the default.
// Pages and tests must work when no tile loads at all.
export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende';
