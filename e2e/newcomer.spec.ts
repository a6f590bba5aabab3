// A newcomer on a phone: finds the start page in their own language, reads it right to left in
// Arabic or Farsi, switches language without losing their place, and nothing loads from elsewhere.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, watchForeignRequests } from "./support/a11y";

const locales = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;

test.describe("start page and shell", () => {
  test("the root address opens in the browser's preferred language", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: "ar-SY", extraHTTPHeaders: { "Accept-Language": "ar-SY,ar;q=0.9,en;q=0.5" } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(/\/ar$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await context.close();
  });

  test("the German start page offers search, topics with counts and the programmes", async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, baseURL!);
    await page.goto("/de");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1, name: "Was suchen Sie?" })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Angebote durchsuchen" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Sprache lernen \d+ Angebote/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Griffbereit|IfKuF/ }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /KOMM-AN/ })).toBeVisible();
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "Impressum" })).toBeVisible();
    await expect(footer.getByRole("link", { name: "Datenschutz" })).toBeVisible();
    await footer.getByRole("link", { name: "Datenquellen und Lizenzen" }).click();
    await expect(page.getByText(/Datenlizenz Deutschland – Namensnennung – Version 2\.0/)).toBeVisible();
    expect(foreign).toEqual([]);
  });

  for (const locale of ["ar", "fa"] as const) {
    test(`the ${locale} start page reads right to left`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      // Layout follows the direction: the brand sits at the right edge of the header.
      const brand = await page.locator(".brand").boundingBox();
      const viewport = page.viewportSize()!;
      expect(brand!.x + brand!.width).toBeGreaterThan(viewport.width / 2);
    });
  }

  test("switching language keeps the page and what it was asked for, not a newsletter's tracking", async ({ page }) => {
    await page.goto("/de/organisations?district=brand&utm_source=newsletter");
    await page.getByText("Sprache wählen: Deutsch").click();
    await page.getByRole("link", { name: "English" }).click();
    // Parameters no page reads are left out: with them every newsletter click would be a page of its own.
    await expect(page).toHaveURL(/\/en\/organisations\?district=brand$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a keyboard user can skip straight to the content", async ({ page }) => {
    await page.goto("/de");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("an unknown address shows a helpful page in the reader's language", async ({ page }) => {
    const response = await page.goto("/tr/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.getByRole("link", { name: /Ana sayfa|ana sayfaya/i })).toBeVisible();
  });

  test("the start page has no serious accessibility findings in any language", async ({ page }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoSeriousA11yViolations(page, { soft: true });
    }
  });
});
