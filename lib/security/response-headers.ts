// The security headers that depend on the response or the installation, for every answer: those
// of the app (proxy.ts) and the cached pages server.ts answers before Next.js. The fixed ones are
// in static-headers.json.
import { servedOverHttps } from "../http/public-origin";
import { buildCsp } from "./csp";
import staticHeaders from "./static-headers.json";

/** The Content-Security-Policy whose scripts run with this nonce only. */
export function cspFor(nonce: string): string {
  return buildCsp(nonce, { tileUrl: process.env.MAP_TILE_URL, dev: process.env.NODE_ENV === "development" });
}

export function securityHeaders(csp: string): Record<string, string> {
  const headers: Record<string, string> = { "Content-Security-Policy": csp };
  // Only a site that is public over https may tell browsers to use nothing else for a year; a
  // local demo on http://localhost must not (browsers would then refuse plain http there).
  if (servedOverHttps()) headers["Strict-Transport-Security"] = "max-age=31536000";
  return headers;
}

/** What next.config.js adds to every response Next.js gives. */
export const fixedHeaders: Record<string, string> = Object.fromEntries(staticHeaders.map((h) => [h.key, h.value]));
