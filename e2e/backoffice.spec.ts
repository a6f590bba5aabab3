// Keeping the directory right: a coordinator adds a partner with a pinned location and a bilingual
// offer that newcomers then find; a partner editor keeps to their own offers; two people editing the
// same record never overwrite each other silently; a refused save keeps what was typed.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";
import { createOrganisation } from "./support/records";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

const unique = () => `${Date.now().toString(36)}`;
// Letters only, so that the search treats it as one word.
const word = () => `Zebra${Array.from(Date.now().toString(), (d) => "abcdefghij"[Number(d)]).join("")}`;

test("a coordinator adds a partner with a pinned location and a German-Arabic offer that newcomers find", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Nachbarschaftshilfe Forst ${unique()}`;
  const token = word();
  await signInAs(page, "coordinator@wegweiser.test");
  const organisationId = await createOrganisation(page, name);
  await expect(page.getByRole("status").filter({ hasText: "Angelegt" })).toBeVisible();

  await page.getByRole("link", { name: "Neuer Standort" }).click();
  // The map loads after the form; one that appears only after the lookup opens on the found place.
  const map = page.getByTestId("pin-map");
  await expect(map.locator(".leaflet-container")).toBeVisible();
  await page.getByLabel("Straße und Hausnummer").fill("Schagenstraße 26");
  await page.getByLabel("Postleitzahl").fill("52078");
  // The address is looked up first (Forst), then the pin is moved by a click: the middle of the
  // map is Aachen's centre.
  await page.getByRole("button", { name: "Adresse auf der Karte suchen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gefunden: Schagenstraße 26, 52078 Aachen" })).toBeVisible();
  await expect(page.getByLabel("Breitengrad")).toHaveValue("50.78521");
  await expect(page.getByLabel("Längengrad")).toHaveValue("6.11053");
  await expect(map.locator(".leaflet-marker-icon")).toHaveCount(1);
  await map.locator(".leaflet-container").click();
  await expect(page.getByLabel("Breitengrad")).toHaveValue(/^50\.7/);
  await expect(page.getByLabel("Längengrad")).toHaveValue(/^6\.0/);
  await expect(map.locator(".leaflet-marker-icon")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByText("Stadtbezirk (aus der Markierung): Aachen-Mitte")).toBeVisible();

  await page.goto(`/admin/offers/new?organizationId=${organisationId}`);
  await page.getByLabel("Titel (Deutsch)").fill(`Sprachcafé ${token}`);
  await page.getByLabel("Kurzbeschreibung (Deutsch)").fill("Deutsch üben bei Kaffee und Tee, ohne Anmeldung.");
  await page.getByRole("tab", { name: "العربية" }).click();
  await page.getByLabel("Titel (العربية)").fill(`مقهى اللغة ${token}`);
  await page.getByLabel("Kurzbeschreibung (العربية)").fill("تدرب على الألمانية مع القهوة والشاي.");
  await page.getByRole("group", { name: "Kategorien" }).getByLabel("Sprache lernen").check();
  await page.getByRole("group", { name: "Gesprochene Sprachen" }).getByLabel("Arabisch").check();
  await page.getByRole("group", { name: "Wo es stattfindet" }).getByLabel(/Schagenstraße 26/).check();
  await page.getByLabel("Wochentag").selectOption({ label: "Mittwoch" });
  await page.getByLabel("Von").fill("15:00");
  await page.getByLabel("Bis", { exact: true }).fill("17:00");
  await page.getByLabel("Status").selectOption("published");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sprachcafé ${token}` })).toBeVisible();
  await expect(page.getByText("Veröffentlicht", { exact: true }).first()).toBeVisible();

  // A newcomer reading Arabic finds it, in Arabic, by the word from its title.
  await page.goto(`/ar/offers?q=${token}`);
  const result = page.getByRole("link", { name: `مقهى اللغة ${token}` });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole("heading", { level: 1, name: `مقهى اللغة ${token}` })).toBeVisible();
  await expect(page.getByText(name).first()).toBeVisible();
});

test("a refused save keeps everything typed and says what is missing", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/offers/new");
  await page.getByLabel("Titel (Deutsch)").fill("Elterncafé am Nachmittag");
  await page.getByLabel("Mindestalter").fill("12");
  await page.getByLabel("Höchstalter").fill("6");
  await page.getByRole("button", { name: "Anlegen" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Bitte prüfen Sie die markierten Felder" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("link", { name: /Kurzbeschreibung \(Deutsch\): Bitte füllen Sie dieses Feld aus/ })).toBeVisible();
  await expect(alert.getByRole("link", { name: /Höchstalter: Das Höchstalter darf nicht unter dem Mindestalter liegen/ })).toBeVisible();
  await expect(page.getByLabel("Titel (Deutsch)")).toHaveValue("Elterncafé am Nachmittag");
  await expect(page.getByLabel("Mindestalter")).toHaveValue("12");
  await expect(page.getByLabel("Kurzbeschreibung (Deutsch)")).toHaveAttribute("aria-invalid", "true");
});

test("a partner editor changes their own offer but cannot open another organisation's", async ({ browser }) => {
  const staff = await browser.newContext({ locale: "de-DE" });
  const coordinatorPage = await staff.newPage();
  await signInAs(coordinatorPage, "coordinator@wegweiser.test");
  await coordinatorPage.goto("/admin/offers?q=Integrationskurs");
  await coordinatorPage.getByRole("link", { name: /Integrationskurs/ }).first().click();
  await expect(coordinatorPage.getByLabel("Titel (Deutsch)")).toBeVisible();
  const foreignOffer = new URL(coordinatorPage.url()).pathname;
  await staff.close();

  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await signInAs(page, "editor@wegweiser.test");
  await page.getByRole("navigation", { name: "Backoffice" }).getByRole("link", { name: "Angebote" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Angebote" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  // Every offer listed is the editor's organisation's (the provider column follows the tick box and the title).
  const providers = await rows.locator("td:nth-child(3)").allInnerTexts();
  expect(providers.length).toBeGreaterThan(0);
  expect(new Set(providers).size).toBe(1);
  await rows.nth(1).getByRole("link").click();
  const title = page.getByLabel("Titel (Deutsch)");
  const changed = `${await title.inputValue()} (neu)`;
  await title.fill(changed);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: changed })).toBeVisible();

  await page.goto(foreignOffer);
  await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
  await page.goto("/admin/organisations");
  await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
  await context.close();
});

test("the later of two saves from the same starting point is refused and shows what changed", async ({ browser }) => {
  const first = await (await browser.newContext({ locale: "de-DE" })).newPage();
  const second = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await signInAs(first, "coordinator@wegweiser.test");
  await signInAs(second, "admin@wegweiser.test");
  const name = `Elternnetzwerk ${unique()}`;
  const id = await createOrganisation(first, name);
  await second.goto(`/admin/organisations/${id}`);

  await first.getByLabel("Telefon").fill("0241 123456");
  await first.getByRole("button", { name: "Speichern" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  await second.getByRole("textbox", { name: "Name", exact: true }).fill(`${name} Aachen`);
  await second.getByRole("button", { name: "Speichern" }).click();
  const alert = second.getByRole("alert").filter({ hasText: "Jemand anderes hat diesen Eintrag gespeichert" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("row", { name: /Telefon/ })).toContainText("0241 123456");
  await expect(second.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(`${name} Aachen`);
  // Nothing was overwritten: the first save stands.
  await second.reload();
  await expect(second.getByLabel("Telefon")).toHaveValue("0241 123456");
  await expect(second.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(name);
});

test("the back office's lists and forms have no serious accessibility findings", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "admin@wegweiser.test");
  const pages = [
    "/admin",
    "/admin/review",
    "/admin/offers",
    "/admin/organisations",
    "/admin/organisations/new",
    "/admin/programmes",
    "/admin/relationships",
    "/admin/relationships/new",
    "/admin/taxonomy",
    "/admin/taxonomy/new",
    "/admin/users",
    "/admin/users/new",
    "/admin/audit",
    "/admin/network?view=table",
    "/admin/network/map",
    "/admin/coverage",
    "/admin/coverage/districts",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  // The edit pages of the first programme and of a participation, reached as a coordinator would.
  await page.goto("/admin/programmes");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page.getByLabel(/Name \(Deutsch\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
