import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { buildCsp } from "./lib/security/csp";

const intl = createIntlMiddleware(routing);

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export default function proxy(request: NextRequest) {
  const value = nonce();
  const csp = buildCsp(value, { tileUrl: process.env.MAP_TILE_URL, dev: process.env.NODE_ENV === "development" });
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  request.headers.set("x-nonce", value);
  request.headers.set("content-security-policy", csp);

  const { pathname } = request.nextUrl;
  const response =
    pathname.startsWith("/admin") || pathname.startsWith("/api")
      ? NextResponse.next({ request: { headers: request.headers } })
      : intl(request);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but Next's static assets and files served from public/ (they carry a dot).
  matcher: ["/((?!_next/static|_next/image|.*\\..*).*)"],
};
