// A coordinator writing an offer notices the provider's new place is missing. Leaving the changed
// form asks first; creating the location from the offer keeps what she typed and brings her back to
// the offer with the new place chosen.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { createOrganisation } from "./support/records";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

async function createLocationHere(page: Page, street: string) {
  await expect(page.getByRole("heading", { level: 1, name: "Neuer Standort" })).toBeVisible();
  await page.getByLabel("Straße und Hausnummer").fill(street);
  await page.getByLabel("Postleitzahl").fill("52062");
  await page.getByLabel("Breitengrad").fill("50.7753");
  await page.getByLabel("Längengrad").fill("6.0839");
  await page.getByRole("button", { name: "Anlegen" }).click();
}

test("leaving a changed offer asks first; a location created from it brings her back with what she typed", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  await signInAs(page, "coordinator@wegweiser.test");
  const organisationId = await createOrganisation(page, `Familienzentrum Soers ${stamp}`);
  await page.goto(`/admin/offers/new?organizationId=${organisationId}`);
  await page.getByLabel("Titel (Deutsch)").fill(`Eltern-Kind-Treff ${stamp}`);
  await page.getByLabel("Kurzbeschreibung (Deutsch)").fill("Spielen, singen und Fragen stellen.");

  // A link elsewhere asks first; staying keeps everything.
  const questions: string[] = [];
  page.on("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Zurück zur Liste" }).click();
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain("nicht gespeichert");
  await expect(page).toHaveURL(/\/admin\/offers\/new/);
  await expect(page.getByLabel("Titel (Deutsch)")).toHaveValue(`Eltern-Kind-Treff ${stamp}`);

  // Creating the provider's location keeps the draft and comes back to it, the place chosen.
  await page.getByRole("link", { name: "Standort für den Träger anlegen" }).click();
  await createLocationHere(page, "Soerser Weg 12");
  await expect(page).toHaveURL(/\/admin\/offers\/new\?organizationId=.*choose=/);
  await expect(page.getByLabel("Titel (Deutsch)")).toHaveValue(`Eltern-Kind-Treff ${stamp}`);
  await expect(page.getByLabel("Kurzbeschreibung (Deutsch)")).toHaveValue("Spielen, singen und Fragen stellen.");
  const place = page.getByRole("group", { name: "Wo es stattfindet" }).getByLabel(/Soerser Weg 12/);
  await expect(place).toBeChecked();
  expect(questions).toHaveLength(1);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Eltern-Kind-Treff ${stamp}` })).toBeVisible();
  await expect(page.getByRole("group", { name: "Wo es stattfindet" }).getByLabel(/Soerser Weg 12/)).toBeChecked();

  // The same from an offer that exists: the typed maximum age survives the detour.
  await page.getByLabel("Höchstalter").fill("6");
  await page.getByRole("link", { name: "Standort für den Träger anlegen" }).click();
  await createLocationHere(page, "Soerser Weg 14");
  await expect(page.getByRole("heading", { level: 1, name: `Eltern-Kind-Treff ${stamp}` })).toBeVisible();
  await expect(page.getByLabel("Höchstalter")).toHaveValue("6");
  await expect(page.getByRole("group", { name: "Wo es stattfindet" }).getByLabel(/Soerser Weg 14/)).toBeChecked();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Höchstalter")).toHaveValue("6");
  await expect(page.getByRole("group", { name: "Wo es stattfindet" }).getByLabel(/Soerser Weg 12/)).toBeChecked();
  await expect(page.getByRole("group", { name: "Wo es stattfindet" }).getByLabel(/Soerser Weg 14/)).toBeChecked();
  expect(questions).toHaveLength(1);

  // Closing the tab with an unsaved change asks too.
  await page.getByLabel("Höchstalter").fill("7");
  const unload = new Promise<string>((resolve) => page.once("dialog", (dialog) => resolve(dialog.type())));
  await page.close({ runBeforeUnload: true });
  expect(await unload).toBe("beforeunload");
});
