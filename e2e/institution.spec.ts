// A Kita head in Haaren looks for programmes the Kita can host and asks the Integration Centre.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";

async function fillInquiry(page: Page, email: string) {
  await page.getByLabel("Name der Einrichtung").fill("Kita Testgarten Haaren");
  await page.getByLabel("Ansprechperson").fill("Leitung Kita Testgarten");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Ihre Nachricht").fill("Wir möchten gern eine Griffbereit-Gruppe für arabischsprachige Familien starten.");
  await page.getByLabel(/Ich bin einverstanden/).check();
}

test("a Kita in Haaren finds Griffbereit and Rucksack KiTa and sends an inquiry after fixing a mistake", async ({ page }) => {
  await page.goto("/de/institutions");
  await page.getByLabel("Unsere Einrichtung ist").selectOption({ label: "Kita" });
  await page.getByLabel("Stadtbezirk").first().selectOption({ label: "Haaren" });
  await page.getByRole("button", { name: "Programme finden" }).click();

  const results = page.getByRole("status").filter({ hasText: "passende" });
  await expect(results.getByRole("link", { name: "Griffbereit", exact: true })).toBeVisible();
  await expect(results.getByRole("link", { name: "Rucksack KiTa", exact: true })).toBeVisible();
  await expect(results.getByRole("link", { name: "Rucksack Schule", exact: true })).toHaveCount(0);
  await expect(results.getByText(/Eine Einrichtung der Art „Kita“ kann es anbieten/).first()).toBeVisible();

  await results.getByRole("link", { name: "Zu Griffbereit anfragen" }).click();
  await expect(page.getByRole("checkbox", { name: "Griffbereit" })).toBeChecked();
  await expect(page.getByLabel("Art der Einrichtung")).toHaveValue("kita");
  await expect(page.getByRole("combobox", { name: "Stadtbezirk" }).last()).toHaveValue("haaren");

  await fillInquiry(page, "leitung-at-kita.example.org");
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie diese Angaben" })).toBeVisible();
  const email = page.getByLabel("E-Mail");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse an")).toBeVisible();
  // Nothing typed is lost.
  await expect(page.getByLabel("Name der Einrichtung")).toHaveValue("Kita Testgarten Haaren");
  await expect(page.getByLabel("Ihre Nachricht")).toHaveValue(/Griffbereit-Gruppe/);

  await email.fill("leitung@kita-testgarten.example.org");
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Vielen Dank" })).toBeVisible();
});

test("the inquiry form works without JavaScript and keeps what was typed", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/de/institutions?programme=rucksack-kita`);
  await expect(page.getByRole("checkbox", { name: "Rucksack KiTa" })).toBeChecked();
  await fillInquiry(page, "leitung@kita.example.org");
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(page.getByText("Bitte wählen Sie einen Eintrag aus der Liste.").first()).toBeVisible();
  await expect(page.getByLabel("Name der Einrichtung")).toHaveValue("Kita Testgarten Haaren");
  await page.getByLabel("Art der Einrichtung").selectOption("kita");
  await page.getByRole("combobox", { name: "Stadtbezirk" }).last().selectOption("haaren");
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(page.getByText("Vielen Dank – Ihre Anfrage ist angekommen.")).toBeVisible();
  await context.close();
});

test("a programme page explains it and shows its current sites on a map and as cards", async ({ page }) => {
  await page.goto("/de/programmes");
  await expect(page.getByText("Dazu gehören:")).toBeVisible();
  await page.getByRole("link", { name: "Griffbereit", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Griffbereit" })).toBeVisible();
  await expect(page.getByText(/1 bis 3 Jahren/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Karte der Standorte" })).toBeVisible();
  // On a phone each site is a card (the table is for wider screens).
  const sites = page.getByRole("region", { name: /^\d+ Standorte$/ }).getByRole("listitem");
  await expect(sites.first().getByRole("term").filter({ hasText: "Wochentag" })).toBeVisible();
  expect(await sites.count()).toBeGreaterThan(5);
  // The demo's gap: no Griffbereit group in Brand.
  await expect(sites.getByRole("definition").filter({ hasText: /^Brand$/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Beim Integrationszentrum anfragen" }).click();
  await expect(page.getByRole("checkbox", { name: "Griffbereit" })).toBeChecked();
});

test("programme pages and the institutions page have no serious accessibility findings in any language", async ({ page }) => {
  test.setTimeout(240_000);
  for (const locale of ["de", "en", "ar", "fa", "uk", "ru", "tr"]) {
    for (const path of ["institutions?type=kita&district=haaren", "programmes", "programmes/griffbereit"]) {
      await page.goto(`/${locale}/${path}`);
      await expectNoSeriousA11yViolations(page, { soft: true });
    }
  }
});
