// A KI coordinator has the missing Farsi texts translated by machine (through the journeys' stand-in
// LibreTranslate server) and keeps the glossary; a Farsi reader then sees that an offer was
// translated automatically and can open the German original; Arabic and Ukrainian readers whose
// language is missing see the English text, marked as English.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

// Held in German and English in the demo data, in no other language.
const OFFER = "/offers/integrationskurs-vhs-abendkurs";

test("a coordinator machine-translates the missing Farsi texts and a Farsi reader can open the German original", async ({ page }) => {
  // The job translates every offer, organisation and programme: on a busy machine that takes a while.
  test.setTimeout(240_000);
  await signInAs(page, "coordinator@wegweiser.test");
  await page.getByRole("navigation", { name: "Backoffice" }).getByRole("link", { name: "Maschinelle Übersetzung" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Maschinelle Übersetzung" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const farsi = page.getByRole("region", { name: /^Farsi/ });
  await farsi.getByRole("button", { name: "Alle fehlenden Texte ins Farsi übersetzen" }).click();
  // The job runs in the background; the page follows it until it has finished.
  // German digit grouping: "1.696" once earlier journeys have imported many offers.
  const outcome = farsi.getByRole("status").filter({ hasText: /^Fertig: [\d.]+ Texte übersetzt/ });
  await expect(outcome).toBeVisible({ timeout: 180_000 });
  await page.screenshot({ path: "/tmp/mt-bulk-done.png", fullPage: true });
  const written = Number(/Fertig: ([\d.]+)/.exec((await outcome.textContent()) ?? "")?.[1]?.replaceAll(".", ""));
  expect(written).toBeGreaterThan(100);

  // Coming back shows the finished job, and starting again finds nothing missing.
  await page.reload();
  await expect(farsi.getByRole("status")).toContainText(/Fertig: [\d.]+ Texte übersetzt/);

  await page.goto(`/fa${OFFER}`);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(/^\[fa\] /);
  await expect(title).not.toHaveAttribute("lang");
  await expect(page.getByText("ترجمهٔ خودکار.")).toBeVisible();
  const original = page.locator("details").filter({ has: page.getByText("نمایش متن اصلی آلمانی") });
  await original.getByText("نمایش متن اصلی آلمانی").click();
  const german = original.locator("[lang='de']");
  await expect(german).toBeVisible();
  await expect(german).toHaveAttribute("dir", "ltr");
  const germanTitle = ((await title.textContent()) ?? "").replace(/^\[fa\] /, "");
  await expect(german.getByText(germanTitle, { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/mt-fa-offer.png", fullPage: true });

  // The coordinator reads the machine's Farsi beside the German and confirms it as it stands.
  await page.goto(`/admin/offers?q=${encodeURIComponent(germanTitle)}`);
  await page.getByRole("link", { name: germanTitle, exact: true }).click();
  await expect(page.getByLabel("Titel (Deutsch)")).toHaveValue(germanTitle);
  const offerId = new URL(page.url()).pathname.split("/").pop()!;
  await page.goto(`/admin/translations/fa/offer/${offerId}`);
  await expect(page.getByText("Dieser Text wurde maschinell übersetzt. Bitte prüfen.")).toBeVisible();
  await page.getByRole("button", { name: "Als geprüft markieren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Als geprüft markiert." })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Geprüft", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Als geprüft markieren" })).toHaveCount(0);

  // A reviewed text is the reader's own language: no note any more, and no German original offered.
  await page.goto(`/fa${OFFER}`);
  await expect(title).toHaveText(/^\[fa\] /);
  await expect(page.getByText("ترجمهٔ خودکار.")).toHaveCount(0);
  await expect(page.getByText("نمایش متن اصلی آلمانی")).toHaveCount(0);
});

test("a coordinator adds a term to the glossary, corrects it and deletes it", async ({ page }) => {
  const term = `Stadtteilbüro ${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/translations/glossary");
  await expect(page.getByRole("rowheader", { name: "Griffbereit" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Deutscher Begriff").fill(term);
  await page.getByLabel("Sprache").selectOption({ label: "Englisch" });
  await page.getByLabel("Wiedergabe").fill("district office");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Der Begriff wurde hinzugefügt." })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: term }) });
  await expect(row).toContainText("district office");

  await row.getByRole("link", { name: term }).click();
  await expect(page.getByLabel("Wiedergabe")).toHaveValue("district office");
  // The form takes over the fields once its script has loaded; typing before that would be undone.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Wiedergabe").fill("");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();
  await expect(page.getByLabel("Wiedergabe")).toHaveValue("");
  await page.getByRole("link", { name: "Zurück zur Liste" }).click();
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: term }) })).toContainText("bleibt unverändert");

  await page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: term }) }).getByRole("link").click();
  await page.getByRole("link", { name: "Begriff löschen" }).click();
  await page.getByRole("button", { name: "Ja, löschen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Der Begriff wurde gelöscht." })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: term })).toHaveCount(0);
});

for (const [locale, note] of [
  ["ar", "هذا النص غير متوفر بلغتك بعد، لذلك يظهر باللغة الإنجليزية."],
  ["uk", "Цей текст ще недоступний Вашою мовою, тому його показано англійською."],
] as const) {
  test(`a reader of ${locale} sees the English text, marked as English`, async ({ page }) => {
    await page.goto(`/${locale}${OFFER}`);
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveAttribute("lang", "en");
    await expect(title).toHaveAttribute("dir", "ltr");
    await expect(page.getByText(note)).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: `/tmp/mt-${locale}-fallback.png`, fullPage: true });
  });
}

test("the offer page with its language notes has no serious accessibility findings in any language", async ({ page }) => {
  for (const locale of ["de", "en", "ar", "fa", "uk", "ru", "tr"]) {
    await page.goto(`/${locale}${OFFER}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});
