// A newcomer on a 390 px phone searches for offers in German and in Arabic, narrows them down,
// switches language without losing the search, looks at the map and opens an offer.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { zoomToPins } from "./support/map";

test.describe("finding offers", () => {
  test("a German search lists matching offers and a filter narrows them", async ({ page }) => {
    await page.goto("/de");
    await page.getByRole("searchbox", { name: "Angebote durchsuchen" }).fill("Deutschkurs");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/de\/offers\?q=Deutschkurs/);
    await expect(page.getByRole("heading", { level: 1, name: "Angebote zu „Deutschkurs“" })).toBeVisible();
    const count = page.getByRole("status").filter({ hasText: /\d+ Angebote/ });
    const before = Number((await count.textContent())!.match(/(\d+) Angebote/)![1]);
    expect(before).toBeGreaterThan(3);

    await page.getByText("Filter", { exact: true }).click();
    await page.getByLabel("Stadtbezirk").selectOption({ label: "Aachen-Mitte" });
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(page).toHaveURL(/district=mitte/);
    const after = Number((await count.textContent())!.match(/(\d+) Angebot/)![1]);
    expect(after).toBeLessThan(before);
    await expect(page.getByRole("link", { name: /Stadtbezirk: Aachen-Mitte/ })).toBeVisible();
  });

  test("a typo still finds the course", async ({ page }) => {
    await page.goto("/de/offers?q=Deutschkurz");
    await expect(page.getByRole("status").filter({ hasText: /\d+ Angebote/ })).toBeVisible();
    await expect(page.locator(".offer-card").first()).toContainText(/Deutsch/);
  });

  test("an Arabic reader finds Arabic and German-only offers, marked with the language they are shown in", async ({ page }) => {
    await page.goto("/ar/offers?q=%D8%AF%D9%88%D8%B1%D8%A9");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator(".offer-card").first()).toBeVisible();
    await expect(page.locator(".offer-card").first().getByRole("link")).toHaveText(/دورة/);

    // A German word in the Arabic interface finds offers that exist only in German.
    await page.goto("/ar/offers?q=Hausaufgabenhilfe");
    const card = page.locator(".offer-card").first();
    await expect(card).toBeVisible();
    // No Arabic text: the fallback chain shows English (then German), and says so.
    await expect(card.locator("[lang=en], [lang=de]").first()).toBeVisible();
    await expect(card.getByText(/بالإنجليزية|بالألمانية/).first()).toBeVisible();
  });

  test("switching language keeps the search and its filters", async ({ page }) => {
    await page.goto("/de/offers?q=Beratung&district=haaren");
    await page.getByText("Sprache wählen: Deutsch").click();
    await page.getByRole("link", { name: "Türkçe" }).click();
    await expect(page).toHaveURL(/\/tr\/offers\?q=Beratung&district=haaren/);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.getByRole("searchbox")).toHaveValue("Beratung");
  });

  test("an empty result offers a way out", async ({ page }) => {
    await page.goto("/de/offers?q=Deutschkurs&district=richterich&free=1&audience=seniors");
    await expect(page.getByRole("heading", { name: "Keine passenden Angebote gefunden" })).toBeVisible();
    await page.getByRole("link", { name: /Ohne „Für wen: Ältere Menschen“ suchen/ }).click();
    await expect(page).not.toHaveURL(/audience=/);
  });

  test("the map shows the results as clusters even without map tiles, and a marker opens an offer", async ({ page }) => {
    await page.goto("/de/offers?category=language&view=map");
    const map = page.getByRole("region", { name: "Karte der Angebote" });
    await expect(map).toBeVisible();
    await expect(page.getByText(/\d+ Orte auf der Karte/)).toBeVisible();
    await expect(page.getByText("Der Kartenhintergrund konnte nicht geladen werden", { exact: false })).toBeVisible();
    // Zoom into clusters until a single offer marker appears, then open its popup.
    await zoomToPins(page);
    await page.locator(".map-pin").first().click();
    // The offer link, once the popup has loaded it: until then its only link leads to the routing
    // site, and the close button is a link too.
    const link = page.locator(".leaflet-popup .map-popup a.map-popup__title").first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/de\/offers\/[a-z0-9-]+$/);
  });

  test("an offer page tells what, when and where, and its dates download as a calendar", async ({ page }) => {
    await page.goto("/de/offers?q=Griffbereit");
    await page.locator(".offer-card a").first().click();
    await expect(page.getByRole("heading", { level: 2, name: "Auf einen Blick" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Wann" })).toBeVisible();
    await expect(page.getByText(/Jetzt geöffnet|Gerade geschlossen/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Wo" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Weg hierher" }).first()).toHaveAttribute("href", /openstreetmap\.org\/directions\?from=&to=\d/);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "In den Kalender (.ics)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text).toContain("BEGIN:VCALENDAR");
    expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T\d{6}/);
    expect(text).toContain("RRULE:FREQ=WEEKLY");
  });
});

test.describe("accessibility of the offer pages", () => {
  test("search results and an offer page have no serious findings in any language", async ({ page }) => {
    test.setTimeout(180_000);
    for (const locale of ["de", "en", "ar", "fa", "uk", "ru", "tr"]) {
      await page.goto(`/${locale}/offers?q=Deutschkurs`);
      await expectNoSeriousA11yViolations(page, { soft: true });
      await page.locator(".offer-card a").first().click();
      // The results have a heading too: wait for the offer's page itself.
      await page.waitForURL(new RegExp(`/${locale}/offers/[^?]+$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousA11yViolations(page, { soft: true });
    }
  });
});
