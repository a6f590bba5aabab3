// A newcomer on a phone looks through the partner directory: it shows how many partners there
// are, a page at a time, page 2 is a keyboard press away, and an old link past the last page still
// shows partners instead of an empty page.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { zoomToPins } from "./support/map";

test.use({ viewport: { width: 390, height: 844 } });

const PAGE_SIZE = 24;

test("the partner directory pages through the network", async ({ page }) => {
  await page.goto("/de/organisations");
  const count = page.getByRole("status").filter({ hasText: /\d+ Partner/ });
  const total = Number((await count.textContent())!.match(/(\d+) Partner/)![1]);
  expect(total).toBeGreaterThan(PAGE_SIZE);
  const cards = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(cards).toHaveCount(PAGE_SIZE);
  const pageCount = Math.ceil(total / PAGE_SIZE);
  const pages = page.getByRole("navigation", { name: "Seiten" });
  await expect(pages).toContainText(`Seite 1 von ${pageCount}`);
  const firstOnPageOne = await cards.first().getByRole("heading").textContent();

  // By keyboard: Tab until "Nächste Seite" has the focus, then Enter.
  const next = pages.getByRole("link", { name: "Nächste Seite" });
  for (let i = 0; i < 200 && !(await next.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(next).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/de\/organisations\?page=2$/);
  await expect(pages).toContainText(`Seite 2 von ${pageCount}`);
  await expect(count).toContainText(`${total} Partner`);
  await expect(cards.first().getByRole("heading")).not.toHaveText(firstOnPageOne!);
  await expect(pages.getByRole("link", { name: "Vorherige Seite" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/bounded-partners-page2.png", fullPage: false });

  // A page beyond the last shows the last one.
  await page.goto(`/de/organisations?page=${pageCount + 5}`);
  await expect(pages).toContainText(`Seite ${pageCount} von ${pageCount}`);
  await expect(cards).toHaveCount(total - (pageCount - 1) * PAGE_SIZE);
  await expect(pages.getByRole("link", { name: "Nächste Seite" })).toHaveCount(0);
});

test("a filter narrows the count and starts again on its first page", async ({ page }) => {
  await page.goto("/de/organisations?page=2");
  await page.getByLabel("Art der Einrichtung").selectOption({ label: "Kita" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/type=kita/);
  await expect(page).not.toHaveURL(/page=/);
  const shown = await page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) })
    .count();
  await expect(page.getByRole("status").filter({ hasText: /Partner/ })).toContainText(`${shown} Partner`);
});

test("the map's popup names a partner that is not on the first page of the list", async ({ page }) => {
  await page.goto("/de/organisations?view=map");
  await expect(page.getByRole("region", { name: "Karte der Partner" })).toBeVisible();
  await expect(page.getByText(/\d+ Adressen auf der Karte/)).toBeVisible();
  // The last pin is far from the first page's names.
  await zoomToPins(page);
  await page.locator(".map-pin").last().click();
  const link = page.locator(".leaflet-popup .map-popup a[href*='/de/organisations/']").first();
  await expect(link).toBeVisible();
  await expect(page.locator(".leaflet-popup .map-popup")).toContainText(/Angebot/);
  await link.click();
  await expect(page).toHaveURL(/\/de\/organisations\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
