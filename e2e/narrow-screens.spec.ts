// On a phone, a page never scrolls sideways: wide tables scroll inside their own box, in German and
// in Arabic, on the public site and in the back office.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";

test.use({ viewport: { width: 390, height: 844 }, locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

async function expectNoSidewaysScrolling(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(390);
}

test("programme pages with their table of sites fit a phone screen", async ({ page }) => {
  for (const path of ["/de/programmes/griffbereit", "/ar/programmes/griffbereit"]) await expectNoSidewaysScrolling(page, path);
});

test("back-office pages with wide tables fit a phone screen", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  for (const path of ["/admin", "/admin/relationships", "/admin/offers", "/admin/organisations", "/admin/inquiries"])
    await expectNoSidewaysScrolling(page, path);
});
