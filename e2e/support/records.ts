// Records the journeys create for themselves, through the forms a person would use.
import { expect, type Page } from "@playwright/test";

export async function createOrganisation(page: Page, name: string) {
  await page.goto("/admin/organisations/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByLabel("Art").selectOption("welfare_association");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/").pop()!.split("?")[0]!;
}

/** A Kita in Haaren asks about Griffbereit through the public form. */
export async function sendInquiry(page: Page, name: string) {
  await page.goto("/de/institutions?programme=griffbereit&type=kita&district=haaren");
  await page.getByLabel("Name der Einrichtung").fill(name);
  await page.getByLabel("Ansprechperson").fill("Leitung");
  await page.getByLabel("E-Mail").fill("leitung@kita.example.org");
  await page.getByLabel("Ihre Nachricht").fill("Wir möchten eine Griffbereit-Gruppe anbieten.");
  await page.getByLabel(/Ich bin einverstanden/).check();
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Vielen Dank" })).toBeVisible();
}
