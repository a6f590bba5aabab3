// Cached public pages answered before Next.js routes the request. Under load most of a cached
// page's cost was Next.js's routing and its proxy machinery, and the page compressed anew for
// every answer; server.ts asks this first and hands everything else to Next.js. It answers only
// what proxy.ts would answer from the cache: the same key, the same language routing (which may
// redirect: then Next.js answers), the same headers, a fresh nonce; a page not stored or no longer
// current goes to Next.js, which renders and stores it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { NextRequest } from "next/server";
import { publicUrl } from "../../http/public-origin";
import { routeLocale } from "../../i18n/locale-routing";
import { cspFor, fixedHeaders, securityHeaders } from "../../security/response-headers";
import { acceptsGzip, gzipWithNonce } from "./gzip";
import { freshNonce, withNonce } from "./nonce";
import { pageCacheKey } from "./policy";
import { currentPage, isRenderRequest, pageCacheBytes, pageHeaders } from "./serve";

function webHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (value) for (const one of value) headers.append(name, one);
  }
  return headers;
}

/** Answers a stored, current page and resolves true; anything else it leaves to Next.js (false). */
export async function answerCachedPage(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const path = request.url ?? "";
  // HEAD asks for the headers of the same answer (a link checker, a monitor): no rendering for it.
  const head = request.method === "HEAD";
  if ((request.method !== "GET" && !head) || !path.startsWith("/") || path.startsWith("//")) return false;
  const headers = webHeaders(request);
  if (isRenderRequest(headers)) return false;
  const url = publicUrl(path);
  // An address the URL parser rewrites (a backslash, characters it escapes) is Next.js's to
  // answer, with the redirect or error it gives.
  if (`${url.pathname}${url.search}` !== path) return false;
  const next = new NextRequest(url, { headers });
  const key = pageCacheKey(next);
  if (!key) return false;
  const page = await currentPage(key, pageCacheBytes());
  if (!page?.gzip) return false;
  const routed = routeLocale(next);
  if (routed.status >= 300 && routed.status < 400) return false;

  const nonce = freshNonce();
  const out: Record<string, string | string[]> = {
    ...fixedHeaders,
    ...securityHeaders(cspFor(nonce)),
    ...pageHeaders(page, "HIT"),
    Vary: "Accept-Encoding",
  };
  const link = routed.headers.get("link");
  if (link) out.Link = link;
  const cookies = routed.headers.getSetCookie();
  if (cookies.length) out["Set-Cookie"] = cookies;
  const gzip = acceptsGzip(request.headers["accept-encoding"]);
  const body = gzip ? gzipWithNonce(page.gzip, nonce) : [Buffer.from(withNonce(page.html, nonce))];
  if (gzip) out["Content-Encoding"] = "gzip";
  out["Content-Length"] = String(body.reduce((sum, chunk) => sum + chunk.length, 0));
  response.writeHead(page.status, out);
  if (!head) for (const chunk of body) response.write(chunk);
  response.end();
  return true;
}
