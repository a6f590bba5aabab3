// What whoever runs Wegweiser relies on: a health check for monitoring and a security baseline
// on every response.
import { expect, test } from "@playwright/test";

test("the health check reports the database kind and a live query", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database.kind).toBe("sqlite");
  expect(body.database.publicVersion).toBeGreaterThanOrEqual(0);
  expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
});

test("every page carries the security headers, with a fresh script nonce each time", async ({ request }) => {
  const first = await request.get("/de");
  const second = await request.get("/de");
  for (const response of [first, second]) {
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  }
  const nonce = (r: typeof first) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"]!)![1];
  expect(nonce(first)).not.toBe(nonce(second));
  // Every script element on the page carries the nonce: nothing inline runs without it.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce(first)}"`);
});

test("API responses carry the security headers too", async ({ request }) => {
  const headers = (await request.get("/api/health")).headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
});
