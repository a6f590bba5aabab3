/// <reference lib="webworker" />
// The service worker (bundled by @serwist/turbopack, app/serwist/[path]/route.ts). Pages are asked
// from the network first, so a reader online always sees today's directory; without a connection
// the last copy answers, and the offline page in the reader's language when there is none.
import {
  CacheableResponsePlugin,
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  Serwist,
  type PrecacheEntry,
  type SerwistPlugin,
} from "serwist";
import { assetsOf, CACHES, isKeptPage, isShellPage, isStaticAsset, MAX_PAGES, offlinePageFor } from "./cache-rules";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

// A slow connection gives up after this long and shows the kept copy, if there is one.
const NETWORK_TIMEOUT_SECONDS = 6;

const onlyWholeAnswers = new CacheableResponsePlugin({ statuses: [200] });

// Without a connection a page may be in another of our caches (a saved offer is kept apart so that
// reading many others never pushes it out); failing that, the offline page of its language.
const lastCopy: SerwistPlugin = {
  handlerDidError: async ({ request }) =>
    (await caches.match(request.url, { ignoreVary: true })) ??
    (await caches.match(offlinePageFor(request.url), { ignoreVary: true })) ??
    undefined,
};

// An offer taken out of the directory must not live on in a reader's copy: a page the server no
// longer has is forgotten in every cache (the saved list keeps its card; offline it opens the
// offline page).
const forgetGone: SerwistPlugin = {
  fetchDidSucceed: async ({ request, response }) => {
    if (response.status === 404 || response.status === 410)
      await Promise.all(Object.values(CACHES).map(async (name) => (await caches.open(name)).delete(request.url, { ignoreVary: true })));
    return response;
  },
};

// A page kept without having been shown (asked for by the window, e.g. the saved list) has not
// loaded its scripts yet: fetch those it names, so that it also runs without a connection.
const withItsFiles: SerwistPlugin = {
  cacheDidUpdate: async ({ newResponse }) => {
    if (!newResponse.headers.get("content-type")?.includes("text/html")) return;
    const assets = await caches.open(CACHES.assets);
    const paths = assetsOf(await newResponse.text());
    await Promise.all(
      paths.map(async (path) => {
        if (await assets.match(path)) return;
        const response = await fetch(path).catch(() => null);
        if (response?.ok) await assets.put(path, response);
      }),
    );
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ request, url }) => isKeptPage(request, self.location.origin) && isShellPage(url.pathname),
      handler: new NetworkFirst({
        cacheName: CACHES.shell,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        matchOptions: { ignoreVary: true },
        plugins: [onlyWholeAnswers, forgetGone, withItsFiles, lastCopy],
      }),
    },
    {
      matcher: ({ request }) => isKeptPage(request, self.location.origin),
      handler: new NetworkFirst({
        cacheName: CACHES.pages,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        matchOptions: { ignoreVary: true },
        plugins: [onlyWholeAnswers, new ExpirationPlugin({ maxEntries: MAX_PAGES }), forgetGone, withItsFiles, lastCopy],
      }),
    },
    {
      // Script and style files the pages a reader opened used, so that those pages still work.
      matcher: ({ request, url }) => request.method === "GET" && isStaticAsset(url, self.location.origin),
      handler: new CacheFirst({
        cacheName: CACHES.assets,
        plugins: [onlyWholeAnswers, new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60 })],
      }),
    },
  ],
});

serwist.addEventListeners();
