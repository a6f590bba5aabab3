import { describe, expect, it } from "vitest";
import { isKeptPage, isShellPage, isStaticAsset, offlinePageFor, shellPages } from "./cache-rules";

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
