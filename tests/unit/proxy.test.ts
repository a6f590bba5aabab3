// The proxy in front of every page: Strict-Transport-Security only where the site is public over
// https, and the login redirect on the public address.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest, NextResponse } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

// next-intl's ESM build imports "next/server" in a way plain Node cannot resolve; the locale
// routing is not what is tested here.
vi.mock("next-intl/middleware", () => ({ default: () => () => NextResponse.next() }));

async function proxyModule(publicUrl: string) {
  vi.stubEnv("PUBLIC_URL", publicUrl);
  vi.stubEnv("NEXTAUTH_SECRET", "unit-test-secret-0123456789");
  vi.resetModules();
  return import("@/proxy");
}
const proxyWith = async (publicUrl: string) => (await proxyModule(publicUrl)).default;

afterEach(() => vi.unstubAllEnvs());

describe("proxy", () => {
  it("asks browsers to keep to https when the public address is https", async () => {
    const proxy = await proxyWith("https://wegweiser.aachen.example");
    const response = await proxy(new NextRequest("http://127.0.0.1:3000/de"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });

  it("does not on plain http, where a browser would then refuse the site", async () => {
    const proxy = await proxyWith("http://localhost:3000");
    const response = await proxy(new NextRequest("http://127.0.0.1:3000/de"));
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends a visitor without a session to the login on the public address, with HSTS there too", async () => {
    const proxy = await proxyWith("https://wegweiser.aachen.example");
    const response = await proxy(new NextRequest("http://127.0.0.1:3000/admin/bericht.pdf"));
    expect(response.headers.get("location")).toBe("https://wegweiser.aachen.example/admin/login?callbackUrl=%2Fadmin%2Fbericht.pdf");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });
});

describe("which paths the proxy sees", () => {
  it("every back-office path, also one with a dot, but not Next's assets or files from public/", async () => {
    const { config } = await proxyModule("http://localhost:3000");
    const runs = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const url of ["/admin", "/admin/offers", "/admin/bericht.pdf", "/admin/offers/x.y/edit", "/de", "/de/offers", "/api/hsds"])
      expect(runs(url), url).toBe(true);
    for (const url of ["/_next/static/chunks/app.js", "/_next/image", "/geo/districts.geojson", "/favicon.ico"])
      expect(runs(url), url).toBe(false);
  });
});
