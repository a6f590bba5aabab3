import { describe, expect, it } from "vitest";
import { DEFAULT_DIRECTIONS_URL, directionsUrl, isDirectionsTemplate } from "./directions";

describe("directions to a place", () => {
  it("routes from the reader's position when it is known", () => {
    expect(directionsUrl(DEFAULT_DIRECTIONS_URL, [50.77664, 6.08342], [50.7706, 6.1163])).toBe(
      "https://www.openstreetmap.org/directions?from=50.77060,6.11630&to=50.77664,6.08342",
    );
  });

  it("leaves the start empty when the reader did not share a position", () => {
    expect(directionsUrl(DEFAULT_DIRECTIONS_URL, [50.77664, 6.08342], null)).toBe(
      "https://www.openstreetmap.org/directions?from=&to=50.77664,6.08342",
    );
  });

  it("fills a configured routing site's template", () => {
    const template = "https://routing.example/?start={from}&end={to}&mode=foot";
    expect(isDirectionsTemplate(template)).toBe(true);
    expect(directionsUrl(template, [1, 2], [3, 4])).toBe("https://routing.example/?start=3.00000,4.00000&end=1.00000,2.00000&mode=foot");
    expect(isDirectionsTemplate("https://routing.example/?start={from}")).toBe(false);
    expect(isDirectionsTemplate("javascript:alert(1)//{to}")).toBe(false);
  });
});
