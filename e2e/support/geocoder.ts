// A stand-in for a Nominatim-compatible geocoder during the journeys: the machine has no network,
// and the journeys must not depend on one. It knows one address.
import http from "node:http";

export const GEOCODER_PORT = 3199;

export default async function startGeocoder() {
  const server = http.createServer((request, response) => {
    const query = new URL(request.url ?? "/", "http://localhost").searchParams.get("q") ?? "";
    const known = /Schagenstra(ß|ss)e 26/i.test(query);
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(known ? [{ lat: "50.785210", lon: "6.110530", display_name: "Schagenstraße 26, 52078 Aachen" }] : []));
  });
  await new Promise<void>((resolve) => server.listen(GEOCODER_PORT, "127.0.0.1", resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
