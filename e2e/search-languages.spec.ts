// A newcomer on a 390 px phone searches in their own language (Arabic, Farsi, Ukrainian) for a
// Kita and finds the offers that exist only in German; a coordinator teaches search a new word.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";

// Demo offers held in German (and English) only, at Kitas.
const germanOnlyKita = /\/offers\/(rucksack-kita|griffbereit-kita)-[a-z-]+$/;

async function germanOnlyKitaCards(page: Page) {
  // Written in German (and English) only: shown in the fallback language or, once machine-translated
  // (the machine-translation journey does Farsi), in the reader's language.
  const cards = page.locator(".offer-card");
  const hrefs = await cards.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.filter((href) => germanOnlyKita.test(href));
}

test.describe("search in the reader's language", () => {
  const searches = [
    { locale: "ar", q: "حضانة" },
    { locale: "fa", q: "مهد کودک" },
    { locale: "uk", q: "садочок" },
  ] as const;

  test("readers of Arabic, Farsi and Ukrainian searching for a Kita find German-only Kita offers", async ({ page }) => {
    test.setTimeout(120_000);
    for (const { locale, q } of searches) {
      await page.goto(`/${locale}`);
      await page.getByRole("searchbox").fill(q);
      await page.getByRole("searchbox").press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${locale}/offers\\?q=`));
      await expect(page.locator(".offer-card").first()).toBeVisible();
      expect.soft((await germanOnlyKitaCards(page)).length, `German-only Kita offers in ${locale}`).toBeGreaterThan(0);
      await page.screenshot({ path: `/tmp/search-${locale}-kita.png`, fullPage: false });
      await expectNoSeriousA11yViolations(page, { soft: true });
    }
  });

  test("رياض الأطفال finds kindergartens, not football", async ({ page }) => {
    await page.goto(`/ar/offers?q=${encodeURIComponent("رياض الأطفال")}`);
    await expect(page.locator(".offer-card").first()).toBeVisible();
    const hrefs = await page.locator(".offer-card").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.filter((href) => /fussball/.test(href))).toEqual([]);
    expect(hrefs.filter((href) => germanOnlyKita.test(href)).length).toBeGreaterThan(0);
  });

  test("an empty result says the words as typed and offers the categories they name", async ({ page }) => {
    await page.goto(`/de/offers?q=${encodeURIComponent("Ausländerbehörde Zyxwvu")}`);
    await expect(page.getByRole("heading", { name: "Keine passenden Angebote gefunden" })).toBeVisible();
    await expect(page.getByText("Kein Angebot enthält: Zyxwvu.")).toBeVisible();
    await expect(page.getByText(/auslaenderbehoerde/)).toHaveCount(0);

    // Every word is known, only not together: no word about spelling, a way on instead.
    await page.goto(`/de/offers?q=${encodeURIComponent("Kita Schnuppertraining")}`);
    await expect(page.getByText(/Kein Angebot enthält alle diese Wörter zusammen/)).toBeVisible();
    await expect(page.getByText(/Schreibweise/)).toHaveCount(0);
    await page.getByRole("link", { name: "Alle Angebote: Eltern und Kinder" }).click();
    await expect(page).toHaveURL(/category=parents-children/);
    await expect(page.locator(".offer-card").first()).toBeVisible();
  });

  test("the empty state in Arabic has no serious accessibility findings", async ({ page }) => {
    await page.goto(`/ar/offers?q=${encodeURIComponent("حضانة Zyxwvu")}`);
    await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
    await expect(page.locator(".no-results").getByText(/Zyxwvu/).first()).toBeVisible();
    await page.screenshot({ path: "/tmp/search-ar-empty.png", fullPage: true });
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("the synonym list", () => {
  test("a coordinator adds a word, search finds its concept at once, and deletes it again", async ({ page }) => {
    await page.goto("/de/offers?q=Krabbelstube");
    await expect(page.getByRole("heading", { name: "Keine passenden Angebote gefunden" })).toBeVisible();

    await signInAs(page, "coordinator@wegweiser.test");
    await page.goto("/admin/synonyms");
    await expect(page.getByRole("heading", { level: 1, name: "Suchbegriffe (Synonyme)" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Kategorie oder Zielgruppe").selectOption({ label: "Eltern und Kinder" });
    await page.getByLabel("Wort oder Wendung").fill("Krabbelstube");
    await page.getByLabel("Sprache", { exact: true }).selectOption("de");
    await page.getByRole("button", { name: "Hinzufügen" }).click();
    await expect(page.getByRole("status")).toContainText("Gespeichert");
    const section = page.getByRole("region", { name: /Eltern und Kinder/ });
    await expect(section.getByText("Krabbelstube", { exact: true })).toBeVisible();
    await page.screenshot({ path: "/tmp/search-admin-synonyms.png", fullPage: false });

    // A word already listed is refused, and what was typed stays.
    await page.getByLabel("Kategorie oder Zielgruppe").selectOption({ label: "Eltern und Kinder" });
    await page.getByLabel("Wort oder Wendung").fill("KITA");
    await page.getByRole("button", { name: "Hinzufügen" }).click();
    await expect(page.locator(".error-summary")).toContainText("steht schon");
    await expect(page.getByLabel("Wort oder Wendung")).toHaveValue("KITA");

    await page.goto("/de/offers?q=Krabbelstube");
    await expect(page.locator(".offer-card").first()).toBeVisible();

    await page.goto("/admin/synonyms");
    await page.getByRole("button", { name: "„Krabbelstube“ löschen" }).click();
    await expect(page.getByText("Synonym gelöscht.")).toBeVisible();
    await page.goto("/de/offers?q=Krabbelstube");
    await expect(page.getByRole("heading", { name: "Keine passenden Angebote gefunden" })).toBeVisible();

    // The back office in English has no serious findings on this page either.
    await page.goto("/admin/language?to=en&back=/admin/synonyms");
    await expect(page.getByRole("heading", { level: 1, name: "Search words (synonyms)" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

});
