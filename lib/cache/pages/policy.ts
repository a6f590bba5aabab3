// Which requests the page cache may answer, and under which key. Only the pages a visitor reads
// without signing in, as full HTML documents: client-side navigations (RSC requests), server actions
// and back-office pages always go to the app.
import { locales } from "../../i18n/locales";

const sections = ["offers", "programmes", "organisations"];
const singlePages = ["institutions", "imprint", "privacy", "data", "saved", "offline"];

const publicPage = new RegExp(
  `^/(?:${locales.join("|")})` +
    `(?:/(?:${sections.join("|")})(?:/[A-Za-z0-9._~%-]{1,200})?|/(?:${singlePages.join("|")}))?/?$`,
);

/** A page anyone reads without signing in (also what the service worker may keep for offline use). */
export function isPublicPage(pathname: string): boolean {
  return publicPage.test(pathname);
}

// prettier-ignore
const pageParameters = new Set([
  "q", "category", "audience", "language", "district", "free", "programme", "near", "sort", "view", "page", "type", "interest",
  "age", "day", "open",
]);

// A longer query is no search a person typed; rendering it uncached keeps it out of the cache.
const MAX_QUERY_LENGTH = 600;

type RequestLike = {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; searchParams: URLSearchParams; search: string };
};

/** The cache key of a request (its path and query), or null when the app must answer it. */
export function pageCacheKey(request: RequestLike): string | null {
  if (request.method !== "GET") return null;
  const { pathname, searchParams, search } = request.nextUrl;
  if (!isPublicPage(pathname)) return null;
  const h = request.headers;
  if (h.has("rsc") || h.has("next-action") || h.has("next-router-prefetch") || h.has("next-router-state-tree"))
    return null;
  if (searchParams.has("_rsc") || search.length > MAX_QUERY_LENGTH) return null;
  // Only the parameters public pages read (lib/offers/filter.ts, lib/organisations/directory-filter.ts,
  // the institutions page), once each and not empty, in the order asked: a page repeats its own
  // address in its links. Anything else (utm_source, fbclid, a form's empty fields) would make
  // every visit a new page to render and keep.
  const kept = new URLSearchParams();
  for (const [name, value] of searchParams)
    if (value && pageParameters.has(name) && !kept.has(name)) kept.set(name, value);
  const query = kept.toString();
  return query ? `${pathname}?${query}` : pathname;
}
