// The Content-Security-Policy of every response. Scripts run only with the per-request nonce that
// Next.js puts on its own scripts; the only foreign origin is the configured map tile server.
import { DEFAULT_TILE_URL } from "../map/tiles";

function tileOrigin(tileUrl: string): string | null {
  try {
    // Tile templates contain {s}, {z}, {x}, {y}; the origin is everything before the path.
    const url = new URL(tileUrl.replace(/\{s\}/g, "a"));
    const host = tileUrl.includes("{s}") ? url.host.replace(/^a\./, "*.") : url.host;
    return `${url.protocol}//${host}`;
  } catch {
    return null;
  }
}

export function buildCsp(nonce: string, options: { tileUrl?: string; dev?: boolean } = {}): string {
  const tiles = tileOrigin(options.tileUrl || DEFAULT_TILE_URL);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic' lets the nonce-bearing Next.js runtime load its chunks; 'unsafe-eval' only
    // for the development server's hot reload.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    // Leaflet positions tiles and markers with inline style attributes.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...(tiles ? [tiles] : [])],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(options.dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
