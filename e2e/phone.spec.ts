// A newcomer on a 390 px phone, in German and in Arabic: looks for something for a child of three
// on Tuesdays, opens an offer, finds a way to get in touch, and comes back to the same results.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";

const locales = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;
const programmes = ["komm-an", "ifkuf", "griffbereit", "rucksack-kita", "rucksack-schule", "kim"];
// Ages 1 to 3, Tuesdays 09:00–11:00; no contact of its own, its Kita has a phone (prisma/demo).
const OFFER = "griffbereit-kita-regenbogen-arabisch-dienstag";
const PROVIDER_PHONE = "+49 241 99020 20";

test.use({ viewport: { width: 390, height: 844 } });

async function expectFitsScreen(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide`).toBeLessThanOrEqual(innerWidth);
  expect(innerWidth).toBe(390);
}

test("programme pages fit the phone's screen in every language", async ({ page }) => {
  test.setTimeout(180_000);
  for (const locale of locales) {
    for (const slug of programmes) {
      await page.goto(`/${locale}/programmes/${slug}`);
      await expect(page.locator("main h1")).toBeVisible();
      await expectFitsScreen(page);
    }
  }
  await page.goto("/ar/programmes/griffbereit");
  await page.locator(".site-cards").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/phone-programme-ar.png" });
});

for (const locale of ["de", "ar"] as const) {
  test(`a parent (${locale}) finds Tuesday offers for a child of three and comes back to them`, async ({ page }) => {
    await page.goto(`/${locale}/offers`);
    await page.locator("#offers-q").fill("Griffbereit");
    await page.locator(".offer-filters__more summary").click();
    await page.locator("#filter-age").fill("3");
    await page.locator("#filter-day").selectOption("2");
    await page.locator(".offer-filters__actions button[type=submit]").click();
    await expect(page).toHaveURL(/age=3/);
    await expect(page).toHaveURL(/day=2/);
    await expectFitsScreen(page);

    const card = page.locator(".offer-card").filter({ has: page.locator(`a[href$="/offers/${OFFER}"]`) });
    await expect(card).toBeVisible();
    // Every card found is held on Tuesdays; none is for school children (6 to 10).
    await expect(page.locator(`.offer-card a[href*="rucksack-schule"]`)).toHaveCount(0);
    const tuesday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, 2)),
    );
    await expect(card.locator("dd").filter({ hasText: tuesday })).toBeVisible();
    // The active filters are named, the weekday by its name.
    const longTuesday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, 2)),
    );
    await expect(page.getByRole("list").locator("a").filter({ hasText: longTuesday })).toBeVisible();
    await page.screenshot({ path: `/tmp/phone-results-${locale}.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);

    await card.locator(`a[href$="/offers/${OFFER}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${OFFER}$`));
    // No contact of its own: the provider's, named as the provider's.
    const contact = page.locator("section[aria-labelledby=contact-title]");
    await expect(contact.getByRole("link", { name: PROVIDER_PHONE })).toHaveAttribute("href", "tel:+492419902020");
    await expect(contact.locator("bdi")).toHaveText("Kita Regenbogen Haaren");
    await expectFitsScreen(page);
    await page.screenshot({ path: `/tmp/phone-offer-${locale}.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);

    await page.locator(".offer-detail > p.no-print a").first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/offers\\?q=Griffbereit&age=3&day=2$`));
    await expect(page.locator("#filter-age")).toHaveValue("3");
    await expect(page.locator("#offers-q")).toHaveValue("Griffbereit");
  });
}

test("an Arabic offer page keeps German text, addresses and numbers in their order", async ({ page }) => {
  await page.goto(`/ar/offers/${OFFER}`);
  const address = page.locator("address").first();
  await expect(address.locator('span[dir="ltr"]').last()).toHaveText(/^\d{5} Aachen$/);
  // Lists in Arabic take the Arabic comma (or "و" between two), never the Latin one.
  for (const list of await page.locator(".facts dd").allTextContents()) expect(list).not.toContain(",");
  // German text inside the Arabic page runs left to right, isolated.
  const german = page.locator('main [lang="de"]').first();
  if ((await german.count()) > 0) expect(await german.evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
  expect(await page.locator("main bdi").count()).toBeGreaterThan(0);
});

test("the language switcher's globe keeps its size beside long language names", async ({ page }) => {
  for (const locale of ["de", "uk", "ru", "ar"]) {
    await page.goto(`/${locale}`);
    const globe = await page.locator(".language-switch summary svg").boundingBox();
    expect(globe?.width, `globe in ${locale}`).toBe(20);
    expect(globe?.height, `globe in ${locale}`).toBe(20);
  }
  await page.goto("/uk");
  await page.locator(".site-header").screenshot({ path: "/tmp/phone-header-uk.png" });
});

test("a page number past the last shows the last page", async ({ page }) => {
  await page.goto("/de/offers?category=language&page=999");
  await expect(page.locator(".offer-card").first()).toBeVisible();
  const position = await page.locator(".pagination span").textContent();
  const [, current, last] = /Seite (\d+) von (\d+)/.exec(position ?? "") ?? [];
  expect(current).toBe(last);
});

test("open now narrows the results and says so", async ({ page }) => {
  await page.goto("/de/offers?open=1");
  await expect(page.locator("main")).toContainText("Jetzt geöffnet");
  const all = await page.goto("/de/offers");
  expect(all?.ok()).toBe(true);
});

for (const locale of ["de", "ar"] as const) {
  test(`a refused inquiry (${locale}) moves focus to a summary that leads to the fields`, async ({ page }) => {
    await page.goto(`/${locale}/institutions`);
    await page.locator("#inquiry-institutionName").fill("Kita Testgarten");
    await page.locator("#inquiry-contactName").fill("Leitung");
    await page.locator("#inquiry-email").fill("not-an-address");
    await page.locator("#inquiry-message").fill("Wir möchten Griffbereit anbieten.");
    await page.locator("#inquiry-consent").check();
    await page.locator(".inquiry-form button[type=submit]").click();

    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await page.screenshot({ path: `/tmp/phone-inquiry-${locale}.png` });
    await summary.locator('a[href="#inquiry-email"]').click();
    await expect(page.locator("#inquiry-email")).toBeFocused();
    // What was typed is still there.
    await expect(page.locator("#inquiry-institutionName")).toHaveValue("Kita Testgarten");
    await expect(page.locator("#inquiry-message")).toHaveValue("Wir möchten Griffbereit anbieten.");
  });
}
