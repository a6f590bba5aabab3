// Signing in and out as a person would notice it: a wrong password makes the next try wait and says
// how long; signing out ends the session for every copy of its cookie; a weak password is refused
// without losing what was typed; the language switch keeps the page and the session; every
// back-office path asks for a login; links in calendar files name the site's public address.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signInAs } from "./support/auth";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });
test.describe.configure({ mode: "serial" });

// An account of this file's own: signing out ends every session of an account, and the journeys of
// other files must not lose theirs.
const account = { name: "Sina Sicherheit", email: `sina.${Date.now()}@wegweiser.test`, password: "Kaffeetasse-Wolkenbruch-Leuchtturm" };

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });
  return context.newPage();
}

test("a weak password is refused in the user form with a reason, and the typed name stays", async ({ page }) => {
  await signInAs(page, "admin@wegweiser.test");
  await page.goto("/admin/users/new");
  await page.getByLabel(/^Name/).fill(account.name);
  await page.getByLabel("E-Mail").fill(account.email);
  await page.getByLabel(/^Rolle/).selectOption({ label: "Koordination" });
  await page.getByLabel(/^Passwort/).fill("passwort12345");
  await page.getByRole("button", { name: "Anlegen" }).click();
  const passwordField = page.getByLabel(/^Passwort/);
  await expect(passwordField).toHaveAttribute("aria-invalid", "true");
  await expect(passwordField).toHaveAccessibleDescription(/Dieses Passwort ist zu leicht zu erraten/);
  await expect(page.getByLabel(/^Name/)).toHaveValue(account.name);
  await expect(page.getByLabel("E-Mail")).toHaveValue(account.email);
  await page.screenshot({ path: "/tmp/security-weak-password.png", fullPage: true });

  await page.getByLabel(/^Passwort/).fill(account.password);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: account.name })).toBeVisible();
});

test("after signing out, a copy of the session cookie no longer opens the back office", async ({ page, browser }) => {
  await signIn(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
  const cookies = await page.context().cookies();

  // The copy works while the session is current …
  const elsewhere = await newPage(browser);
  await elsewhere.context().addCookies(cookies);
  await elsewhere.goto("/admin");
  await expect(elsewhere.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();

  await page.getByRole("button", { name: "Abmelden" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);

  // … and no longer after signing out.
  await elsewhere.goto("/admin/offers");
  await expect(elsewhere).toHaveURL(/\/admin\/login/);
  await expect(elsewhere.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await elsewhere.context().close();
});

test("the language switch keeps the page and the session", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/offers?status=draft");
  await expect(page.getByRole("heading", { level: 1, name: "Angebote" })).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/admin\/offers\?status=draft$/);
  await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  await expect(page.getByText(/Signed in as/)).toBeVisible();
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/admin\/offers\?status=draft$/);
  await expect(page.getByRole("heading", { level: 1, name: "Angebote" })).toBeVisible();
});

test("wrong passwords make the next try wait, and the form says how long", async ({ page }) => {
  const email = `niemand.${Date.now()}@wegweiser.test`;
  for (let i = 1; i <= 3; i++) {
    await signIn(page, email, `falsch-${i}-geraten`);
    await expect(page.getByRole("alert").filter({ hasText: "E-Mail oder Passwort ist falsch." })).toBeVisible();
  }
  await signIn(page, email, "falsch-4-geraten");
  await expect(page.getByRole("alert").filter({ hasText: "Fehlversuche" })).toHaveText(
    "Zu viele Fehlversuche. Bitte versuchen Sie es in 2 Sekunden erneut.",
  );
  await page.screenshot({ path: "/tmp/security-login-wait.png" });
});

test("every back-office path asks for a login, also one with a dot in it", async ({ request }) => {
  for (const path of ["/admin/offers", "/admin/bericht.pdf", "/admin/offers/x.y"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toContain(`/admin/login?callbackUrl=${encodeURIComponent(path)}`);
  }
});

test("calendar links and the HSDS root name the site's address, whatever the request's headers claim", async ({ request, baseURL }) => {
  // What a client (or a TLS-terminating proxy) may send; the public address is configured instead.
  const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", host: "evil.example" };
  const feed = await (await request.get("/api/programmes/griffbereit/calendar", { headers })).text();
  const urls = feed.replace(/\r\n /g, "").split("\r\n").filter((line) => line.startsWith("URL"));
  expect(urls.length).toBeGreaterThan(0);
  for (const line of urls) expect(line).toMatch(new RegExp(`^URL;VALUE=URI:${baseURL}/de/(offers|organisations)/`));
  const root = await (await request.get("/api/hsds", { headers })).json();
  expect(root.openapi_url).toBe(`${baseURL}/api/hsds/openapi.json`);
});
