import { describe, expect, it } from "vitest";
import { pageCacheKey } from "./policy";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  const url = new URL(path, "http://127.0.0.1:3000");
  return { method: init.method ?? "GET", headers: new Headers(init.headers), nextUrl: url };
}

describe("pageCacheKey", () => {
  it("keys the public pages a visitor reads by their address as asked", () => {
    expect(pageCacheKey(request("/de"))).toBe("/de");
    expect(pageCacheKey(request("/ar/offers/deutschkurs-a1"))).toBe("/ar/offers/deutschkurs-a1");
    expect(pageCacheKey(request("/de/offers?q=deutsch&district=brand"))).toBe("/de/offers?q=deutsch&district=brand");
    // The language switch and the pager repeat the address they were rendered for.
    expect(pageCacheKey(request("/de/offers?district=brand&q=deutsch"))).not.toBe(
      pageCacheKey(request("/de/offers?q=deutsch&district=brand")),
    );
    expect(pageCacheKey(request("/uk/organisations?page=2"))).toBe("/uk/organisations?page=2");
    expect(pageCacheKey(request("/tr/institutions"))).toBe("/tr/institutions");
  });

  it("keeps only what a page reads, so tracking ids and empty form fields do not make new pages", () => {
    expect(pageCacheKey(request("/de/offers?utm_source=news&q=deutsch&fbclid=x1"))).toBe("/de/offers?q=deutsch");
    expect(pageCacheKey(request("/de/offers?q=&category=language&audience=&district=&sort="))).toBe(
      "/de/offers?category=language",
    );
    expect(pageCacheKey(request("/de/offers?page=2&page=3"))).toBe("/de/offers?page=2");
    expect(pageCacheKey(request("/de?utm_campaign=brief"))).toBe("/de");
  });

  it("keys the results by age, weekday and open now, which the search reads", () => {
    expect(pageCacheKey(request("/ar/offers?age=3&day=2&open=1"))).toBe("/ar/offers?age=3&day=2&open=1");
    expect(pageCacheKey(request("/de/offers?age=3"))).not.toBe(pageCacheKey(request("/de/offers?age=4")));
  });

  it("keys an offer page by its address alone, never by the search a visitor came from", () => {
    expect(pageCacheKey(request("/de/offers/deutschkurs-a1?from=%2Fde%2Foffers%3Fq%3Dx"))).toBe(
      "/de/offers/deutschkurs-a1",
    );
  });

  it("leaves the back office, the API, unknown languages and client navigations to the app", () => {
    expect(pageCacheKey(request("/admin/offers"))).toBeNull();
    expect(pageCacheKey(request("/api/offers?q=x"))).toBeNull();
    expect(pageCacheKey(request("/xx/offers"))).toBeNull();
    expect(pageCacheKey(request("/de/offers/a/b"))).toBeNull();
    expect(pageCacheKey(request("/de/offers", { headers: { RSC: "1" } }))).toBeNull();
    expect(pageCacheKey(request("/de/offers?_rsc=abc"))).toBeNull();
    expect(pageCacheKey(request("/de/institutions", { method: "POST", headers: { "Next-Action": "x" } }))).toBeNull();
    expect(pageCacheKey(request(`/de/offers?q=${"x".repeat(700)}`))).toBeNull();
  });
});
