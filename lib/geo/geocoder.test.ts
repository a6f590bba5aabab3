import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { geocode } from "./geocoder";

// A stand-in for a Nominatim-compatible service: answers one address, nothing for others.
let server: http.Server;
let base: string;
const asked: URLSearchParams[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const params = new URL(request.url!, "http://x").searchParams;
    asked.push(params);
    const hit = params.get("q")?.startsWith("Markt 1")
      ? [{ lat: "50.7757", lon: "6.0839", display_name: "Markt 1, 52062 Aachen" }]
      : [];
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(hit));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

describe("address lookup", () => {
  it("finds an address and asks the way Nominatim expects", async () => {
    expect(await geocode("Markt 1, 52062 Aachen", base)).toEqual({
      lat: 50.7757,
      lng: 6.0839,
      label: "Markt 1, 52062 Aachen",
    });
    expect(Object.fromEntries(asked.at(-1)!)).toMatchObject({ format: "jsonv2", limit: "1", countrycodes: "de" });
  });

  it("answers null for an unknown address, no service or a service that is down", async () => {
    expect(await geocode("Nirgendwo 9", base)).toBeNull();
    expect(await geocode("Markt 1", undefined)).toBeNull();
    expect(await geocode("Markt 1", "http://127.0.0.1:9")).toBeNull();
  });
});
