import { getToken } from "next-auth/jwt";
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { publicUrl, servedOverHttps } from "./lib/http/public-origin";
import { importLimitText, MAX_IMPORT_REQUEST_BYTES } from "./lib/hsds/import/limits";
import { routing } from "./lib/i18n/routing";
import { buildCsp } from "./lib/security/csp";

const intl = createIntlMiddleware(routing);

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Back-office pages need a session; the pages check the role again (the proxy is a convenience). */
async function needsLogin(request: NextRequest): Promise<boolean> {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith("/admin") || pathname === "/admin/login" || pathname === "/admin/language") return false;
  return !(await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }));
}

export default async function proxy(request: NextRequest) {
  const value = nonce();
  const csp = buildCsp(value, { tileUrl: process.env.MAP_TILE_URL, dev: process.env.NODE_ENV === "development" });
  // Next.js reads the nonce for its own scripts from the request's CSP header.
  request.headers.set("x-nonce", value);
  request.headers.set("content-security-policy", csp);

  const { pathname } = request.nextUrl;
  // An import larger than the server action may take would end in a 500 while Next.js reads it;
  // the page refuses such a file before sending it, and this answers anyone else before reading it.
  if (request.method === "POST" && Number(request.headers.get("content-length")) > MAX_IMPORT_REQUEST_BYTES)
    return new NextResponse(
      `Die Datei ist größer als ${importLimitText()}. / The file is larger than ${importLimitText()}.\n`,
      { status: 413, headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": csp } },
    );
  if (await needsLogin(request)) {
    const login = publicUrl("/admin/login");
    login.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
    return withHeaders(NextResponse.redirect(login), csp);
  }
  const response =
    pathname.startsWith("/admin") || pathname.startsWith("/api")
      ? NextResponse.next({ request: { headers: request.headers } })
      : intl(request);
  return withHeaders(response, csp);
}

function withHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  // Only a site that is public over https may tell browsers to use nothing else for a year; a
  // local demo on http://localhost must not (browsers would then refuse plain http there).
  if (servedOverHttps()) response.headers.set("Strict-Transport-Security", "max-age=31536000");
  return response;
}

export const config = {
  matcher: [
    // Every back-office path, also one with a dot in it: the login check must not depend on how a
    // path looks (there are no static files under /admin).
    "/admin/:path*",
    // Everything else but Next's static assets and files served from public/ (they carry a dot).
    "/((?!_next/static|_next/image|admin(?:/|$)|.*\\..*).*)",
  ],
};
