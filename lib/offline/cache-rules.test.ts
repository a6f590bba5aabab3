import { describe, expect, it } from "vitest";
import { assetsOf, isKeptPage, isShellPage, isStaticAsset, offlinePageFor, shellPages } from "./cache-rules";

const origin = "https://wegweiser.example";
const get = (path: string, headers: Record<string, string> = {}, method = "GET") => ({
  method,
  url: new URL(path, origin).href,
  headers: new Headers(headers),
});

describe("what the service worker keeps for offline reading", () => {
  it("keeps the public pages a reader opens, in every language", () => {
    expect(isKeptPage(get("/ar"), origin)).toBe(true);
    expect(isKeptPage(get("/fa/offers/deutschkurs-a1"), origin)).toBe(true);
    expect(isKeptPage(get("/uk/offers?q=kita"), origin)).toBe(true);
    expect(isKeptPage(get("/uk/saved"), origin)).toBe(true);
    expect(isKeptPage(get("/tr/offline"), origin)).toBe(true);
  });

  it("never keeps the back office, API answers, form posts or client-side navigation data", () => {
    expect(isKeptPage(get("/admin"), origin)).toBe(false);
    expect(isKeptPage(get("/admin/offers/x"), origin)).toBe(false);
    expect(isKeptPage(get("/api/offers?q=kita"), origin)).toBe(false);
    expect(isKeptPage(get("/api/auth/session"), origin)).toBe(false);
    expect(isKeptPage(get("/de/institutions", {}, "POST"), origin)).toBe(false);
    expect(isKeptPage(get("/de/offers", { rsc: "1" }), origin)).toBe(false);
    expect(isKeptPage(get("/de/offers?_rsc=abc"), origin)).toBe(false);
    expect(isKeptPage(get("/de/institutions", { "next-action": "x" }), origin)).toBe(false);
    expect(isKeptPage(get("https://elsewhere.example/de"), origin)).toBe(false);
  });

  it("names the shell pages of a language and finds the offline page for an address", () => {
    expect(shellPages("fa")).toEqual(["/fa", "/fa/saved", "/fa/offline"]);
    expect(isShellPage("/fa")).toBe(true);
    expect(isShellPage("/fa/saved")).toBe(true);
    expect(isShellPage("/fa/offers")).toBe(false);
    expect(isShellPage("/xx")).toBe(false);
    expect(offlinePageFor(`${origin}/ar/offers/x`)).toBe("/ar/offline");
    expect(offlinePageFor(`${origin}/`)).toBe("/de/offline");
  });

  it("treats hashed build files and the app's own icons as unchanging, nothing foreign", () => {
    expect(isStaticAsset(new URL("/_next/static/chunks/a1b2.js", origin), origin)).toBe(true);
    expect(isStaticAsset(new URL("/icons/icon-192.png", origin), origin)).toBe(true);
    expect(isStaticAsset(new URL("/api/offers/points", origin), origin)).toBe(false);
    expect(isStaticAsset(new URL("https://tile.openstreetmap.org/1/2/3.png"), origin)).toBe(false);
  });
});

describe("the build files a kept page needs", () => {
  it("finds the scripts and styles a page names, also those its client components load later", () => {
    const html = `<link rel="stylesheet" href="/_next/static/css/a1.css"/><script src="/_next/static/chunks/main-9f.js" async=""></script>
      <script nonce="x">self.__next_f.push([1,"5:I[\\"123\\",[\\"static/chunks/77a.js\\",\\"static/chunks/app/saved-1b.js\\"],\\"SavedOfferList\\"]"])</script>
      <script src="/_next/static/chunks/main-9f.js"></script>`;
    expect(assetsOf(html).sort()).toEqual([
      "/_next/static/chunks/77a.js",
      "/_next/static/chunks/app/saved-1b.js",
      "/_next/static/chunks/main-9f.js",
      "/_next/static/css/a1.css",
    ]);
  });

  it("finds nothing foreign", () => {
    expect(
      assetsOf('<script src="https://cdn.example/static/chunks/x.js"></script><script src="https://cdn.example/_next/static/chunks/y.js"></script>'),
    ).toEqual([]);
  });
});
