// The offer search as JSON (GET /api/offers), which the production server answers before Next.js
// routes the request: the same results and headers as the app's own answers, in every language.
import { expect, test } from "@playwright/test";

test("the search API answers with the page's results and the app's headers", async ({ request }) => {
  const plain = await request.get("/api/offers?q=Deutschkurs&locale=ar", {
    headers: { "Accept-Encoding": "identity" },
  });
  expect(plain.status()).toBe(200);
  expect(plain.headers()["content-type"]).toContain("application/json");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  const results = await plain.json();
  expect(results.total).toBeGreaterThan(0);
  expect(results.offers[0]).toMatchObject({ slug: expect.any(String), title: expect.any(String) });
  expect(typeof results.offers[0].free).toBe("boolean");

  // Compressed when asked, with the same results.
  const gzipped = await request.get("/api/offers?q=Deutschkurs&locale=ar", { headers: { "Accept-Encoding": "gzip" } });
  expect(gzipped.headers()["content-encoding"]).toBe("gzip");
  expect(await gzipped.json()).toEqual(results);

  // The same headers as Next.js gives the route (a HEAD request goes to it).
  const fromApp = await request.head("/api/offers?q=Deutschkurs&locale=ar");
  expect(fromApp.status()).toBe(200);
  for (const name of [
    "x-frame-options",
    "x-content-type-options",
    "referrer-policy",
    "permissions-policy",
    "cross-origin-opener-policy",
    "cache-control",
  ])
    expect(plain.headers()[name], name).toBe(fromApp.headers()[name]);
  const policy = (csp: string | undefined) => csp?.replace(/'nonce-[^']+'/, "'nonce'");
  expect(policy(plain.headers()["content-security-policy"])).toBe(policy(fromApp.headers()["content-security-policy"]));
  expect(plain.headers()["content-security-policy"]).not.toBe(gzipped.headers()["content-security-policy"]);

  // Filters and pages as on the offers page; an unknown word says so.
  const filtered = await (await request.get("/api/offers?category=language&page=1")).json();
  expect(
    filtered.offers.every((o: { categories: Array<{ code: string }> }) =>
      o.categories.some((c) => c.code === "language"),
    ),
  ).toBe(true);
  const unknown = await (await request.get("/api/offers?q=Zyxwvutq")).json();
  expect(unknown).toMatchObject({ total: 0, unmatchedWords: ["Zyxwvutq"] });
  // Other addresses under it stay with Next.js.
  expect((await request.get("/api/offers/points?q=Deutschkurs")).status()).toBe(200);
  expect((await request.post("/api/offers?q=Deutschkurs")).status()).toBe(405);
});
