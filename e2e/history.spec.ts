// A coordinator edits an offer twice, reads its history in words, restores the first edit's version
// and finds it in the form, in the history and on the public page.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";
import { createOrganisation } from "./support/records";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

async function save(page: Page) {
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Speichern", exact: true })).toBeEnabled();
}

const weekday = (page: Page) => page.getByRole("group", { name: "Termin 1" }).getByLabel("Wochentag");

test("an offer restored to an earlier version shows it in the form, the history and the public page", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now().toString(36);
  await signInAs(page, "coordinator@wegweiser.test");
  const organisationId = await createOrganisation(page, `Begegnungsstätte ${stamp}`);
  await page.goto(`/admin/offers/new?organizationId=${organisationId}`);
  await page.getByLabel("Titel (Deutsch)").fill(`Sprachcafé ${stamp}`);
  await page.getByLabel("Kurzbeschreibung (Deutsch)").fill("Deutsch sprechen bei Kaffee und Kuchen.");
  await page.getByLabel("Status").selectOption("published");
  await weekday(page).selectOption("2");
  await page.getByRole("group", { name: "Termin 1" }).getByLabel("Von").fill("10:00");
  await page.getByRole("group", { name: "Termin 1" }).getByLabel("Bis", { exact: true }).fill("12:00");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sprachcafé ${stamp}` })).toBeVisible();
  const editUrl = page.url().split("?")[0]!;

  // The first edit: a new title and Wednesday. The second: another title and Thursday.
  await page.getByLabel("Titel (Deutsch)").fill(`Sprachcafé am Mittwoch ${stamp}`);
  await weekday(page).selectOption("3");
  await save(page);
  await page.getByLabel("Titel (Deutsch)").fill(`Sprachcafé am Donnerstag ${stamp}`);
  await weekday(page).selectOption("4");
  await save(page);

  await page.getByRole("link", { name: "Verlauf" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Sprachcafé am Donnerstag ${stamp}`);
  // Machine translation may add entries of its own meanwhile: find the edits by what they changed.
  const entries = page.getByRole("list", { name: "Änderungen" }).getByRole("listitem");
  const changed = (from: string, to: string) =>
    entries.filter({ has: page.getByRole("definition").filter({ hasText: `${from} → ${to}` }) });
  // In words: the form's labels, days by name, no paths or numbers.
  const secondEdit = changed(`Sprachcafé am Mittwoch ${stamp}`, `Sprachcafé am Donnerstag ${stamp}`);
  await expect(secondEdit.getByRole("term").filter({ hasText: "Termin 1: Wochentag" })).toBeVisible();
  await expect(secondEdit.getByRole("definition").filter({ hasText: "Mittwoch → Donnerstag" })).toBeVisible();
  await expect(page.getByText("schedules.0.weekday")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Restore the first edit's version: a preview first, then the confirmation.
  const firstEdit = changed(`Sprachcafé ${stamp}`, `Sprachcafé am Mittwoch ${stamp}`);
  await expect(firstEdit.getByRole("definition").filter({ hasText: "Dienstag → Mittwoch" })).toBeVisible();
  await firstEdit.getByRole("link", { name: /Diese Fassung wiederherstellen/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("wiederherstellen?");
  const row = (label: string) =>
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
  await expect(row("Titel (Deutsch)").getByRole("cell")).toHaveText([
    `Sprachcafé am Donnerstag ${stamp}`,
    `Sprachcafé am Mittwoch ${stamp}`,
  ]);
  await expect(row("Termin 1: Wochentag").getByRole("cell")).toHaveText(["Donnerstag", "Mittwoch"]);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Ja, diese Fassung wiederherstellen" }).click();

  await expect(
    page.getByRole("status").filter({ hasText: "Die frühere Fassung ist wiederhergestellt." }),
  ).toBeVisible();
  const restore = entries.filter({ hasText: "Frühere Fassung wiederhergestellt" });
  await expect(restore).toHaveCount(1);
  await expect(restore.getByRole("definition").filter({ hasText: "Donnerstag → Mittwoch" })).toBeVisible();
  await expect(restore).toContainText("Demo-Koordination");

  await page.goto(editUrl);
  await page.reload();
  await expect(page.getByLabel("Titel (Deutsch)")).toHaveValue(`Sprachcafé am Mittwoch ${stamp}`);
  await expect(weekday(page)).toHaveValue("3");

  const publicPage = await page.getByRole("main").getByRole("link", { name: "Öffentliche Seite" }).getAttribute("href");
  await page.goto(publicPage!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sprachcafé am Mittwoch ${stamp}`);

  // The same history in the back office's English.
  await page.goto(
    `/admin/language?to=en&back=${encodeURIComponent(new URL(editUrl).pathname.replace("/admin/offers/", "/admin/history/offers/"))}`,
  );
  await expect(page.getByRole("heading", { level: 1 })).toContainText("History:");
  const english = page.getByRole("list", { name: "Changes" }).getByRole("listitem");
  await expect(
    english.filter({ hasText: "Earlier version restored" }).getByRole("term").filter({ hasText: "Time 1: Weekday" }),
  ).toBeVisible();
  await expect(
    english
      .filter({ hasText: "Earlier version restored" })
      .getByRole("definition")
      .filter({ hasText: "Thursday → Wednesday" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/admin/language?to=de&back=/admin");
});
