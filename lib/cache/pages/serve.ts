// Answers a visitor's request for a public page from the page cache. On a miss the page is
// rendered by this same server through an internal request whose scripts carry the placeholder
// nonce, stored, and then served like a hit; visitors who ask for the same page meanwhile wait for
// that one rendering instead of starting their own.
import { NextResponse } from "next/server";
import { env } from "../../env";
import { publicDay } from "../../offers/visibility";
import { publicVersion } from "../../search/version";
import { spliceable } from "./gzip";
import { freshNonce, noncePlaceholder, withNonce } from "./nonce";
import { pageStore, type CachedPage } from "./store";

const RENDER_HEADER = "x-wegweiser-render";
const RENDER_TIMEOUT_MS = 30_000;
// Offer pages say whether an offer is open now and list its next dates: a page is rendered again
// after this long even when nothing was saved.
const MAX_AGE_MS = 60_000;

/** The page cache's bound in bytes (PAGE_CACHE_MB; 0 turns it off). */
export const pageCacheBytes = () => env().PAGE_CACHE_MB * 1024 * 1024;

/**
 * The headers of an answer from the page cache, from proxy.ts or before Next.js (early.ts); both
 * add the security headers with the answer's nonce (lib/security/response-headers.ts).
 */
export function pageHeaders(page: CachedPage, state: "HIT" | "MISS"): Record<string, string> {
  return {
    "Content-Type": page.contentType,
    // Browsers and proxies must not keep a page: the next request must see the next save.
    "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate",
    "X-Page-Cache": state,
  };
}

const slot = globalThis as unknown as {
  wegweiserRenderToken?: string;
  wegweiserRenders?: Map<string, Promise<CachedPage | null>>;
};

/** A secret of this process that marks its own rendering requests (they must not hit the cache). */
export function renderToken(): string {
  return (slot.wegweiserRenderToken ??= freshNonce());
}

export function isRenderRequest(headers: Headers): boolean {
  return headers.get(RENDER_HEADER) === renderToken();
}

// The server (server.ts, like `next start`) records the address it listens on; a request to it
// reaches this very process.
function ownOrigin(): string {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return origin.replace("//localhost:", "//127.0.0.1:");
}

type Stamp = { version: number; day: string };

// What is public changes with every save and at midnight, when offers run out; "open now" with the
// clock.
function isCurrent(page: CachedPage, stamp: Stamp): boolean {
  return page.version === stamp.version && page.day === stamp.day && Date.now() - page.renderedAt <= MAX_AGE_MS;
}

async function render(key: string, stamp: Stamp): Promise<CachedPage | null> {
  try {
    const response = await fetch(`${ownOrigin()}${key}`, {
      headers: { [RENDER_HEADER]: renderToken(), accept: "text/html" },
      redirect: "manual",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    const html = await response.text();
    if (response.status !== 200 && response.status !== 404) return null;
    return {
      html,
      gzip: response.status === 200 ? await spliceable(html, noncePlaceholder()) : null,
      status: response.status,
      contentType: response.headers.get("content-type") ?? "text/html; charset=utf-8",
      renderedAt: Date.now(),
      ...stamp,
    };
  } catch {
    return null;
  }
}

function renderOnce(key: string, stamp: Stamp): Promise<CachedPage | null> {
  const renders = (slot.wegweiserRenders ??= new Map());
  const id = `${stamp.version} ${stamp.day} ${key}`;
  let pending = renders.get(id);
  if (!pending) {
    pending = render(key, stamp).finally(() => renders.delete(id));
    renders.set(id, pending);
  }
  return pending;
}

// Without the database the app answers itself, with the error page visitors know.
async function stampNow(): Promise<Stamp | null> {
  const version = await publicVersion().catch(() => null);
  return version === null ? null : { version, day: publicDay() };
}

/** The stored page for a key if it is still current; never renders (server.ts asks before Next.js). */
export async function currentPage(key: string, maxBytes: number): Promise<CachedPage | null> {
  if (maxBytes <= 0) return null;
  const page = pageStore(maxBytes).get(key);
  if (!page) return null;
  const stamp = await stampNow();
  return stamp && isCurrent(page, stamp) ? page : null;
}

/**
 * The response for a cacheable page, or null when the app should answer it itself (the cache is
 * off, or the page could not be rendered: a redirect, an error).
 */
export async function servePage(key: string, nonce: string, maxBytes: number): Promise<NextResponse | null> {
  if (maxBytes <= 0) return null;
  const store = pageStore(maxBytes);
  const stamp = await stampNow();
  if (!stamp) return null;
  let page = store.get(key);
  let state: "HIT" | "MISS" = "HIT";
  if (!page || !isCurrent(page, stamp)) {
    state = "MISS";
    page = (await renderOnce(key, stamp)) ?? undefined;
    if (!page) return null;
    // A missing page is answered but not kept: anyone could fill the cache with made-up addresses.
    if (page.status === 200) store.set(key, page);
  }
  return new NextResponse(withNonce(page.html, nonce), { status: page.status, headers: pageHeaders(page, state) });
}
