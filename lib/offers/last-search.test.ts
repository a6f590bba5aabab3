import { describe, expect, it } from "vitest";
import { searchAddress } from "./last-search";

const origin = "https://wegweiser.example";

describe("searchAddress", () => {
  it("accepts this locale's offer search with its words and filters", () => {
    expect(searchAddress("/ar/offers?q=kita&age=3&page=2", "ar", origin)).toBe("/ar/offers?q=kita&age=3&page=2");
    expect(searchAddress("/de/offers", "de", origin)).toBe("/de/offers");
  });

  it("refuses anything else: other sites, other pages, other languages", () => {
    expect(searchAddress("https://evil.example/de/offers?q=x", "de", origin)).toBeNull();
    expect(searchAddress("//evil.example/de/offers", "de", origin)).toBeNull();
    expect(searchAddress("/de/offers/deutschkurs", "de", origin)).toBeNull();
    expect(searchAddress("/admin/offers", "de", origin)).toBeNull();
    expect(searchAddress("/en/offers?q=x", "de", origin)).toBeNull();
    expect(searchAddress("javascript:alert(1)", "de", origin)).toBeNull();
    expect(searchAddress(null, "de", origin)).toBeNull();
  });
});
