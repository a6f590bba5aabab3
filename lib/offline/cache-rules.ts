// What the service worker keeps for reading without a connection, decided on addresses alone so
// that it can be tested without a browser. Only pages anyone may read, as whole documents: never
// the back office, never an API answer, never a server action or a client-side navigation's data.
import { isPublicPage } from "../cache/pages/policy";
import { isLocale, type Locale } from "../i18n/locales";

type RequestLike = { method: string; url: string; headers: Headers };

/** Cache names; changing one starts that cache afresh on every device. */
export const CACHES = {
  pages: "wegweiser-pages-v1",
  shell: "wegweiser-shell-v1",
  saved: "wegweiser-saved-v1",
  assets: "wegweiser-assets-v1",
} as const;

/** Offer pages and search results a reader opened, kept at most (oldest used go first). */
export const MAX_PAGES = 80;

export function isKeptPage(request: RequestLike, origin: string): boolean {
  if (request.method !== "GET") return false;
  const url = new URL(request.url);
  if (url.origin !== origin || !isPublicPage(url.pathname)) return false;
  const h = request.headers;
  if (h.has("rsc") || h.has("next-action") || h.has("next-router-prefetch") || url.searchParams.has("_rsc")) return false;
  return true;
}

/** The pages every reader gets kept in their language: start page, saved offers and the offline page. */
export function shellPages(locale: Locale): string[] {
  return [`/${locale}`, `/${locale}/saved`, `/${locale}/offline`];
}

export function isShellPage(pathname: string): boolean {
  const [, locale, rest, more] = pathname.replace(/\/$/, "").split("/");
  return isLocale(locale) && more === undefined && (rest === undefined || rest === "saved" || rest === "offline");
}

/** The offline page in the language of the address asked for, German when it names none. */
export function offlinePageFor(url: string): string {
  const [, first] = new URL(url).pathname.split("/");
  return `/${isLocale(first) ? first : "de"}/offline`;
}

/** Hashed build files and the app's own icons and outlines never change under their name. */
export function isStaticAsset(url: URL, origin: string): boolean {
  return url.origin === origin && (url.pathname.startsWith("/_next/static/") || /^\/(icons|geo)\//.test(url.pathname));
}

// Next.js names a page's scripts and styles in its HTML, also those of client components it
// loads later (in the inline page data, as "static/chunks/…"). Files loaded on demand, such as
// the map's, are named only in the runtime and so are never picked up here.
const ASSET = /(?<![\w.:/-])(?:\/_next\/)?static\/(?:chunks|css|media)\/[A-Za-z0-9._~/-]+?\.(?:js|css|woff2)/g;

/** The build files a kept page needs to run without a connection. */
export function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const [match] of html.matchAll(ASSET)) found.add(match.startsWith("/_next/") ? match : `/_next/${match}`);
  return [...found];
}
