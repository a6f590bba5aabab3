import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { publicUrl } from "./lib/http/public-origin";
import { importLimitText, MAX_IMPORT_REQUEST_BYTES } from "./lib/hsds/import/limits";
import { routeLocale } from "./lib/i18n/locale-routing";
import { freshNonce, noncePlaceholder } from "./lib/cache/pages/nonce";
import { pageCacheKey } from "./lib/cache/pages/policy";
import { isRenderRequest, pageCacheBytes, servePage } from "./lib/cache/pages/serve";
import { cspFor, securityHeaders } from "./lib/security/response-headers";

/** Back-office pages need a session; the pages check the role again (the proxy is a convenience). */
async function needsLogin(request: NextRequest): Promise<boolean> {
  const { pathname } = request.nextUrl;
  if (!pathname.startsWith("/admin") || pathname === "/admin/login" || pathname === "/admin/language") return false;
  // A partner's still-correct link carries its own signed key (lib/freshness).
  if (pathname.startsWith("/admin/still-correct/")) return false;
  return !(await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }));
}

export default async function proxy(request: NextRequest) {
  // The page cache renders a page through this server with a placeholder in place of the nonce
  // (lib/cache/pages/nonce.ts); every response to a visitor gets a fresh one.
  const rendering = isRenderRequest(request.headers);
  const value = rendering ? noncePlaceholder() : freshNonce();
  const csp = cspFor(value);
  const cacheKey = rendering || process.env.NODE_ENV === "development" ? null : pageCacheKey(request);
  if (cacheKey) {
    const cached = await fromPageCache(request, cacheKey, value);
    if (cached) return withHeaders(cached, csp);
  }
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
    // A partner's shared network view (/share/…) is in the language of the browser, like the back office.
    pathname.startsWith("/admin") || pathname.startsWith("/api") || pathname.startsWith("/share/")
      ? NextResponse.next({ request: { headers: request.headers } })
      : routeLocale(request);
  return withHeaders(response, csp);
}

/** A public page from the page cache, or null when the app must answer (cache off, a redirect, an error). */
async function fromPageCache(request: NextRequest, key: string, nonce: string): Promise<NextResponse | null> {
  // The language routing still decides first: it may redirect, and it adds the alternate-language
  // links and the language cookie, which belong to this request, not to the stored page.
  const routed = routeLocale(request);
  if (routed.status >= 300 && routed.status < 400) return routed;
  const cached = await servePage(key, nonce, pageCacheBytes());
  if (!cached) return null;
  const link = routed.headers.get("link");
  if (link) cached.headers.set("link", link);
  for (const cookie of routed.headers.getSetCookie()) cached.headers.append("set-cookie", cookie);
  return cached;
}

function withHeaders(response: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders(csp))) response.headers.set(name, value);
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
