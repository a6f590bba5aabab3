// Public pages come from the page cache, yet every answer carries its own script nonce, the page
// still works in the browser, and a coordinator's save shows at the visitor's next request.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { createOrganisation } from "./support/records";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

const scriptNonces = (html: string) => [...html.matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g)].map((m) => m[1]);
const policyNonce = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("a cached page gets a fresh nonce per answer and still runs its scripts", async ({ page, request }) => {
  const first = await request.get("/ar/offers");
  const second = await request.get("/ar/offers");
  expect(second.headers()["x-page-cache"]).toBe("HIT");
  const nonces = [];
  for (const response of [first, second]) {
    const csp = response.headers()["content-security-policy"];
    const scripts = /script-src ([^;]*)/.exec(csp ?? "")?.[1] ?? "";
    expect(scripts).toMatch(/^'self' 'nonce-[^']+' 'strict-dynamic'$/);
    const nonce = policyNonce(csp);
    const html = await response.text();
    expect(scriptNonces(html).length).toBeGreaterThan(3);
    expect(new Set(scriptNonces(html))).toEqual(new Set([nonce]));
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);

  // A stored page is answered before Next.js routes the request (server.ts), compressed once:
  // with the same headers as the app's own answers, and links that name the public address
  // whatever Host a client claims.
  const spoofed = await request.get("/ar/offers", { headers: { "X-Forwarded-Host": "evil.example" } });
  expect(spoofed.headers()["x-page-cache"]).toBe("HIT");
  expect(spoofed.headers()["content-encoding"]).toBe("gzip");
  // A client-side navigation gets the app's navigation data, never the stored page.
  const fromApp = await request.get("/ar/offers", { headers: { rsc: "1" } });
  expect(fromApp.headers()["content-type"]).toContain("text/x-component");
  expect(fromApp.headers()["x-page-cache"]).toBeUndefined();
  for (const name of ["x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy"])
    expect(spoofed.headers()[name], name).toBe(fromApp.headers()[name]);
  expect(spoofed.headers()["link"]).toContain('hreflang="de"');
  expect(spoofed.headers()["link"]).not.toContain("evil.example");
  expect(await spoofed.text()).toContain('dir="rtl"');
  // A HEAD request gets the stored answer's headers without rendering; an address that cannot be
  // decoded is a bad request, not a server error.
  const head = await request.head("/ar/offers");
  expect(head.headers()["x-page-cache"]).toBe("HIT");
  expect(Number(head.headers()["content-length"])).toBeGreaterThan(1000);
  expect((await request.get("/de/offers/%ZZ")).status()).toBe(400);

  // In the browser: no script is refused, and the page reacts (the map/list switch is client code).
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/de/offers");
  await page.goto("/de/offers");
  await page.getByRole("link", { name: "Karte" }).first().click();
  await expect(page).toHaveURL(/view=map/);
  await expect(page.locator(".leaflet-container")).toBeVisible();
  expect(refused).toEqual([]);
});

async function saveTitle(page: Page, url: string, title: string, status?: "published" | "draft") {
  await page.goto(url);
  await page.getByLabel("Titel (Deutsch)").fill(title);
  if (status) await page.getByLabel("Status").selectOption(status);
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();
}

test("a save shows on cached public pages at the next request, a draft never", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  await signInAs(page, "coordinator@wegweiser.test");
  const organisationId = await createOrganisation(page, `Nachbarschaftstreff ${stamp}`);
  await page.goto(`/admin/offers/new?organizationId=${organisationId}`);
  await page.getByLabel("Titel (Deutsch)").fill(`Sprachcafé ${stamp}`);
  await page.getByLabel("Kurzbeschreibung (Deutsch)").fill("Deutsch sprechen bei Kaffee und Kuchen.");
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sprachcafé ${stamp}` })).toBeVisible();
  const adminUrl = page.url().split("?")[0]!;

  // A visitor without a session, who reads the pages twice (the second time from the cache).
  const visitor = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await visitor.goto(`/de/offers?q=${stamp}`);
  await visitor.getByRole("link", { name: `Sprachcafé ${stamp}` }).click();
  await visitor.waitForURL(/\/de\/offers\/[^?]+$/);
  const offerUrl = visitor.url();
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Sprachcafé ${stamp}`);

  await saveTitle(page, adminUrl, `Sprachcafé am Markt ${stamp}`);
  await visitor.goto(offerUrl);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Sprachcafé am Markt ${stamp}`);
  await visitor.goto(`/de/offers?q=${stamp}`);
  await expect(visitor.getByRole("link", { name: `Sprachcafé am Markt ${stamp}` })).toBeVisible();
  const titles = async () =>
    ((await (await visitor.request.get(`/api/offers?q=${stamp}`)).json()).offers as Array<{ title: string }>).map(
      (o) => o.title,
    );
  expect(await titles()).toEqual([`Sprachcafé am Markt ${stamp}`]);

  await saveTitle(page, adminUrl, `Sprachcafé (Entwurf) ${stamp}`, "draft");
  const gone = await visitor.goto(offerUrl);
  expect(gone?.status()).toBe(404);
  await visitor.goto(`/de/offers?q=${stamp}`);
  await expect(visitor.getByRole("link", { name: /Sprachcafé/ })).toHaveCount(0);
  await expect(visitor.getByText("Entwurf")).toHaveCount(0);
  expect(await titles()).toEqual([]);
});
