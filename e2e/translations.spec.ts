// The translation workflow on a phone: a coordinator changes an offer's German title and its Farsi
// and Arabic translations show as outdated, with what changed; a translator for Farsi and Arabic
// corrects the Farsi text in two sittings and finds it stored, and is kept out of Turkish by the
// page and by the server alike.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signIn, signInAs } from "./support/auth";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });
test.describe.configure({ mode: "serial" });

const original = "Radfahrkurs für Frauen";
const changed = `${original} – auch samstags`;
let offerId = "";

/** Nothing on the page is wider than the phone's screen. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

async function save(page: Page, button: string) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === new URL(page.url()).pathname);
  await page.getByRole("button", { name: button, exact: true }).click();
  await answered;
}

async function signInAsTranslator(page: Page) {
  await signIn(page, "translator@wegweiser.test");
  // A translator's back office starts at their languages.
  await expect(page.getByRole("heading", { level: 1, name: "Übersetzungen" })).toBeVisible();
}

test("a coordinator's change of a German title leaves the Farsi and Arabic translations outdated", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto(`/admin/offers?q=${encodeURIComponent(original)}`);
  await page.getByRole("link", { name: original, exact: true }).click();
  await expect(page.getByLabel("Titel (Deutsch)")).toHaveValue(original);
  offerId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByLabel("Titel (Deutsch)").fill(changed);
  await save(page, "Speichern");
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  for (const [code, language] of [
    ["fa", "Persisch"],
    ["ar", "Arabisch"],
  ] as const) {
    await page.goto(`/admin/translations/${code}?kind=offer&state=outdated`);
    await expect(page.getByRole("heading", { level: 1, name: `Übersetzen: ${language}` })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: changed }) });
    await expect(row.getByText("Veraltet")).toBeVisible();
    await row.getByRole("link", { name: changed }).click();
    await expect(page.getByText("Der deutsche Text hat sich geändert, seit diese Übersetzung gemacht wurde.")).toBeVisible();
    // What changed in German: the title as it was when translated, and as it is now.
    await expect(page.locator("del", { hasText: original })).toBeVisible();
    await expect(page.locator("ins", { hasText: changed })).toBeVisible();
    const title = page.getByLabel(`Titel (${language})`, { exact: true });
    await expect(title).toHaveAttribute("dir", "rtl");
    await expect(title).toHaveAttribute("lang", code);
    await expectNoSidewaysScroll(page);
  }
  await page.screenshot({ path: "/tmp/workflow-outdated.png", fullPage: true });
  await expectNoSeriousA11yViolations(page);
});

test("a translator for Farsi saves twice and finds both changes stored, and is refused for Turkish", async ({ page }) => {
  test.skip(!offerId, "needs the offer of the journey before");
  await signInAsTranslator(page);
  // Only the translation pages and their own account.
  const nav = page.getByRole("navigation", { name: "Backoffice" });
  await expect(nav.getByRole("link")).toHaveText(["Übersetzungen", "Mein Konto"]);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Arabisch", "Persisch"]);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/workflow-overview.png", fullPage: true });

  await page.goto(`/admin/translations/fa/offer/${offerId}`);
  const title = page.getByLabel("Titel (Persisch)", { exact: true });
  const summary = page.getByLabel("Kurzbeschreibung (Persisch)", { exact: true });
  await title.fill("کلاس دوچرخه‌سواری برای زنان – شنبه‌ها هم");
  await save(page, "Speichern (geprüft)");
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();
  await expect(title).toHaveValue("کلاس دوچرخه‌سواری برای زنان – شنبه‌ها هم");

  await summary.fill("دوچرخه‌سواری را از ابتدا یاد بگیرید.");
  await save(page, "Speichern (geprüft)");
  await expect(title).toHaveValue("کلاس دوچرخه‌سواری برای زنان – شنبه‌ها هم");
  await expect(summary).toHaveValue("دوچرخه‌سواری را از ابتدا یاد بگیرید.");

  await page.reload();
  await expect(title).toHaveValue("کلاس دوچرخه‌سواری برای زنان – شنبه‌ها هم");
  await expect(summary).toHaveValue("دوچرخه‌سواری را از ابتدا یاد بگیرید.");
  await expect(page.getByText("Geprüft", { exact: true }).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "/tmp/workflow-side-by-side.png", fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // The server refuses Turkish even when the form is made to ask for it, and nothing changes.
  await title.fill("Bisiklet kursu");
  await expect(title).toHaveValue("Bisiklet kursu");
  const locale = page.locator('form.entity-form input[type="hidden"][name="locale"]');
  await locale.evaluate((input) => ((input as HTMLInputElement).value = "tr"));
  await expect(locale).toHaveValue("tr");
  await save(page, "Speichern (geprüft)");
  await expect(page.getByRole("alert").filter({ hasText: "Ihre Rolle erlaubt diese Änderung nicht." })).toBeVisible();
  await page.reload();
  await expect(title).toHaveValue("کلاس دوچرخه‌سواری برای زنان – شنبه‌ها هم");

  // Turkish is neither offered nor reachable.
  await page.goto("/admin/translations");
  await expect(page.getByRole("link", { name: /Türkisch/ })).toHaveCount(0);
  for (const path of ["/admin/translations/tr", `/admin/translations/tr/offer/${offerId}`, "/admin/offers", "/admin"]) {
    await page.goto(path);
    if (path === "/admin") await expect(page).toHaveURL(/\/admin\/translations$/);
    else await expect(page).toHaveURL(/\/admin\/forbidden/);
  }
});

test("the Turkish text was never written, and the Farsi one reads as reviewed in English too", async ({ page }) => {
  test.skip(!offerId, "needs the offer of the journeys before");
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto(`/admin/translations/tr/offer/${offerId}`);
  await expect(page.getByLabel("Titel (Türkisch)", { exact: true })).not.toHaveValue("Bisiklet kursu");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Deutsch" })).toBeVisible();
  await page.goto(`/admin/translations/fa/offer/${offerId}`);
  await expect(page.getByText("Reviewed", { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/admin/translations");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(6);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/admin/translations/ar");
  await expectNoSeriousA11yViolations(page);
});
