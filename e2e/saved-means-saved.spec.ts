// A coordinator keeps records up to date in several sittings: changes one thing and saves, then
// another and saves. Whatever she saved first is still there after the second save and after a
// reload, on every form of the back office, and the history never shows the first change undone.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";
import { createOrganisation, sendInquiry } from "./support/records";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

const stamp = () => Date.now().toString(36);

/** Presses the form's button and waits for the server's answer and the saved notice. */
async function save(page: Page, button = "Speichern") {
  const path = new URL(page.url()).pathname;
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === path);
  await page.getByRole("button", { name: button, exact: true }).click();
  await answered;
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: button, exact: true })).toBeEnabled();
}

/** The newest entry of a record's history changed exactly these fields (named as its form names them). */
async function newestChangeIs(page: Page, entityType: string, id: string, fields: string[]) {
  await page.goto(`/admin/audit?entityType=${entityType}&entityId=${id}`);
  // Machine translation of a saved offer may land after the save; the newest save is what counts.
  const newest = page.getByRole("row").filter({ hasNotText: "Maschinell übersetzt" }).nth(1);
  await newest.getByText(/geänderte?s? Feld/).click();
  await expect(newest.getByRole("term")).toHaveText(fields);
}

type Change = { label: string; value: string; choose?: boolean };

const field = (page: Page, change: Change) => page.getByLabel(change.label, { exact: true });

async function make(page: Page, change: Change) {
  if (change.choose) await field(page, change).selectOption(change.value);
  else await field(page, change).fill(change.value);
}

/**
 * The story every editor shares: change one thing and save (the form shows it), change another and
 * save, reload: both are there, and the newest history entry changed only the second.
 */
async function changeSaveTwice(page: Page, entityType: string, first: Change, second: Change & { field: string }) {
  const id = idOf(page);
  await make(page, first);
  await save(page);
  await expect(field(page, first)).toHaveValue(first.value);
  await make(page, second);
  await save(page);
  await expect(field(page, first)).toHaveValue(first.value);
  await page.reload();
  await expect(field(page, first)).toHaveValue(first.value);
  await expect(field(page, second)).toHaveValue(second.value);
  await newestChangeIs(page, entityType, id, [second.field]);
}

const idOf = (page: Page) => new URL(page.url()).pathname.split("/").pop()!;

/** Opens the first record a back-office list links to. */
async function openFirst(page: Page, list: string) {
  await page.goto(list);
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("button", { name: "Speichern", exact: true })).toBeVisible();
}

test.describe("a coordinator saves twice and both changes stay", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "coordinator@wegweiser.test");
  });

  test("offer: a weekly time's weekday, rhythm and last day, then the maximum age", async ({ page }) => {
    await openFirst(page, "/admin/offers");
    const id = idOf(page);
    const time = page.getByRole("group", { name: "Termin 1" });
    const weekday = time.getByLabel("Wochentag");
    const day = (await weekday.inputValue()) === "5" ? "3" : "5";
    await weekday.selectOption(day);
    await time.getByLabel("Rhythmus").selectOption("2");
    if (!(await time.getByLabel("Von").inputValue())) {
      await time.getByLabel("Von").fill("10:00");
      await time.getByLabel("Bis", { exact: true }).fill("12:00");
    }
    const lastDay = `${new Date().getFullYear() + 1}-07-31`;
    await time.getByLabel("Letzter Tag").fill(lastDay);
    await save(page);
    // What was saved is what the form shows, not what the page was opened with.
    await expect(weekday).toHaveValue(day);
    await expect(time.getByLabel("Rhythmus")).toHaveValue("2");
    await expect(time.getByLabel("Letzter Tag")).toHaveValue(lastDay);

    await page.getByLabel("Höchstalter").fill("97");
    await save(page);
    await expect(weekday).toHaveValue(day);
    await page.reload();
    await expect(page.getByRole("group", { name: "Termin 1" }).getByLabel("Wochentag")).toHaveValue(day);
    await expect(page.getByRole("group", { name: "Termin 1" }).getByLabel("Rhythmus")).toHaveValue("2");
    // The second save, of another field, kept the weekly time's last day.
    await expect(page.getByRole("group", { name: "Termin 1" }).getByLabel("Letzter Tag")).toHaveValue(lastDay);
    await expect(page.getByLabel("Höchstalter")).toHaveValue("97");
    // A day typed halfway would be sent as empty: the form does not send it, the stored day stays.
    const last = page.getByRole("group", { name: "Termin 1" }).getByLabel("Letzter Tag");
    await last.focus();
    await page.keyboard.press("Backspace");
    expect(await last.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await expect(last).toBeFocused();
    await page.reload();
    await expect(page.getByRole("group", { name: "Termin 1" }).getByLabel("Letzter Tag")).toHaveValue(lastDay);
    await newestChangeIs(page, "Offer", id, ["Höchstalter"]);
  });

  test("offer: a weekly time that ends before it begins is refused, and what was typed stays", async ({ page }) => {
    await openFirst(page, "/admin/offers");
    const time = page.getByRole("group", { name: "Termin 1" });
    if (!(await time.getByLabel("Wochentag").inputValue())) await time.getByLabel("Wochentag").selectOption("2");
    if (!(await time.getByLabel("Von").inputValue())) {
      await time.getByLabel("Von").fill("10:00");
      await time.getByLabel("Bis", { exact: true }).fill("12:00");
    }
    const year = new Date().getFullYear() + 1;
    await time.getByLabel("Erster Tag").fill(`${year}-09-01`);
    await time.getByLabel("Letzter Tag").fill(`${year}-08-31`);
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    const message = "Letzter Tag: Der letzte Tag darf nicht vor dem ersten liegen.";
    await expect(time.getByText(message)).toBeVisible();
    // The field with the problem is marked and described by its own message.
    await expect(time.getByLabel("Letzter Tag")).toHaveAttribute("aria-invalid", "true");
    await expect(time.getByLabel("Letzter Tag")).toHaveAccessibleDescription(message);
    await expect(time.getByLabel("Erster Tag")).toHaveValue(`${year}-09-01`);
    await expect(time.getByLabel("Letzter Tag")).toHaveValue(`${year}-08-31`);
    // A time added since has no problem; once the faulty one is removed, its message is gone and
    // moves to no other row.
    await page.getByRole("button", { name: "Termin hinzufügen" }).click();
    const rows = page.getByRole("group", { name: /^Termin \d+$/ });
    const added = rows.last();
    await expect(added.locator("[aria-invalid]")).toHaveCount(0);
    await page.getByRole("button", { name: "Termin 1 entfernen" }).click();
    await expect(rows.getByText(message)).toHaveCount(0);
    await expect(rows.locator("[aria-invalid]")).toHaveCount(0);
  });

  test("organisation: the short name, then the phone", async ({ page }) => {
    await createOrganisation(page, `Elternnetz Burtscheid ${stamp()}`);
    await changeSaveTwice(page, "Organization", { label: "Kurzname", value: "Elternnetz" }, { label: "Telefon", value: "0241 123456", field: "Telefon" });
  });

  test("location: its name, then whether it is wheelchair accessible", async ({ page }) => {
    await createOrganisation(page, `Stadtteilbüro Rothe Erde ${stamp()}`);
    await page.getByRole("link", { name: "Neuer Standort" }).click();
    await page.getByLabel("Straße und Hausnummer").fill("Rothe-Erde-Straße 1");
    await page.getByLabel("Postleitzahl").fill("52066");
    await page.getByLabel("Breitengrad").fill("50.7705");
    await page.getByLabel("Längengrad").fill("6.1080");
    await page.getByRole("button", { name: "Anlegen" }).click();
    await expect(page.getByRole("button", { name: "Speichern", exact: true })).toBeVisible();
    await changeSaveTwice(
      page,
      "Location",
      { label: "Name des Ortes", value: "Büro im Erdgeschoss" },
      { label: "Rollstuhlgerecht", value: "yes", choose: true, field: "Rollstuhlgerecht" },
    );
  });

  test("programme: its position, then the contact phone", async ({ page }) => {
    await openFirst(page, "/admin/programmes");
    await changeSaveTwice(page, "Programme", { label: "Reihenfolge", value: "42" }, { label: "Kontakttelefon", value: "0241 432-0", field: "Kontakttelefon" });
  });

  test("participation: the number of groups, then the internal note", async ({ page }) => {
    await page.goto("/admin/programmes");
    await page.getByRole("link", { name: "Griffbereit", exact: true }).click();
    await page.getByRole("region", { name: "Beteiligte Organisationen" }).getByRole("row").nth(1).getByRole("link").first().click();
    await expect(page.getByLabel("Gruppen")).toBeVisible();
    await changeSaveTwice(page, "Participation", { label: "Gruppen", value: "7" }, { label: "Interne Notiz", value: `Stand ${stamp()}`, field: "Interne Notiz" });
  });

  test("relationship: the note, then since when it exists", async ({ page }) => {
    await page.goto("/admin/relationships");
    // The list scrolls sideways on a phone; the record's own address is what matters here.
    await page.goto((await page.getByRole("link", { name: /^Bearbeiten/ }).first().getAttribute("href"))!);
    await expect(page.getByLabel("Notiz")).toBeVisible();
    await changeSaveTwice(page, "Relationship", { label: "Notiz", value: "Gemeinsame Sprechstunde" }, { label: "Seit", value: "2021-03-01", field: "Seit" });
  });

  test("category: its position, then its German description", async ({ page }) => {
    await openFirst(page, "/admin/taxonomy");
    await changeSaveTwice(
      page,
      "TaxonomyTerm",
      { label: "Position", value: "77" },
      { label: "Beschreibung (Deutsch)", value: "Alles rund ums Ankommen.", field: "translations.de.description" },
    );
  });

  test("inquiry: assigned and in progress, then closed, keeps its assignee", async ({ page }) => {
    const name = `Kita Regenbogen ${stamp()}`;
    await sendInquiry(page, name);
    await page.goto("/admin/inquiries?status=new");
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const organisation = "Kommunales Integrationszentrum der Stadt Aachen";
    await page.getByLabel("Zuständig ist").selectOption({ label: "Demo-Koordination" });
    await page.getByLabel("Organisation im Verzeichnis").selectOption({ label: organisation });
    await page.getByLabel("Status").selectOption({ label: "In Bearbeitung" });
    await save(page);
    await expect(page.getByLabel("Zuständig ist")).toHaveValue(/.+/);
    await expect(page.getByLabel("Organisation im Verzeichnis").locator("option:checked")).toHaveText(organisation);
    await expect(page.getByLabel("Status")).toHaveValue("in_progress");

    await page.getByLabel("Status").selectOption({ label: "Erledigt" });
    await save(page);
    await page.reload();
    await expect(page.getByLabel("Zuständig ist").locator("option:checked")).toHaveText("Demo-Koordination");
    await expect(page.getByLabel("Organisation im Verzeichnis").locator("option:checked")).toHaveText(organisation);
    await expect(page.getByLabel("Status")).toHaveValue("done");
    // The history in the back office's words: labels, names and statuses, no field names or codes.
    const history = page.locator("#history").locator("..");
    const change = (label: string, text: string) =>
      history.getByRole("definition").filter({ hasText: text }).and(history.locator(`dt:text-is("${label}") + dd`));
    await expect(change("Zuständig", "– → Demo-Koordination")).toBeVisible();
    await expect(change("Organisation im Verzeichnis", `– → ${organisation}`)).toBeVisible();
    await expect(change("Status", "In Bearbeitung → Erledigt")).toBeVisible();
    await expect(history.getByText(/Demo-Koordination → –|in_progress|assigneeId/)).toHaveCount(0);
  });
});

test("administration: a user's name, then whether the account is active", async ({ page }) => {
  await signInAs(page, "admin@wegweiser.test");
  await page.goto("/admin/users/new");
  await page.getByLabel("Name").fill("Aushilfe Empfang");
  await page.getByLabel("E-Mail").fill(`aushilfe-${stamp()}@wegweiser.test`);
  await page.getByLabel("Rolle").selectOption("coordinator");
  await page.getByRole("textbox", { name: "Passwort", exact: true }).fill(`Lange-Sichere-Phrase-${stamp()}-Aachen`);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("button", { name: "Speichern", exact: true })).toBeVisible();
  const id = idOf(page);

  await page.getByLabel("Name").fill("Aushilfe Empfang Mitte");
  await save(page);
  await expect(page.getByLabel("Name")).toHaveValue("Aushilfe Empfang Mitte");
  await page.getByLabel("Zugang aktiv").uncheck();
  await save(page);
  await expect(page.getByLabel("Zugang aktiv")).not.toBeChecked();
  await page.reload();
  await expect(page.getByLabel("Name")).toHaveValue("Aushilfe Empfang Mitte");
  await expect(page.getByLabel("Zugang aktiv")).not.toBeChecked();
  await newestChangeIs(page, "User", id, ["active"]);
});

test("district populations: all seven typed and saved at once are all stored; a conflict is refused", async ({ page, browser }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/coverage/districts");
  await expect(page.getByRole("button", { name: "Speichern", exact: true })).toHaveCount(1);
  const populations = page.getByLabel(/^Einwohnerzahl \(/);
  const years = page.getByLabel(/^Stand \(Jahr\) \(/);
  await expect(populations).toHaveCount(7);
  const base = 20_000 + (Date.now() % 1000) * 10;
  for (let i = 0; i < 7; i++) {
    await populations.nth(i).fill(String(base + i));
    await years.nth(i).fill("2024");
  }
  await save(page);
  for (let i = 0; i < 7; i++) await expect(populations.nth(i)).toHaveValue(String(base + i));
  await years.nth(3).fill("2025");
  await save(page);
  await page.reload();
  for (let i = 0; i < 7; i++) {
    await expect(populations.nth(i)).toHaveValue(String(base + i));
    await expect(years.nth(i)).toHaveValue(i === 3 ? "2025" : "2024");
  }

  // Someone else saves meanwhile: this save is refused, says so and keeps what was typed.
  const other = await browser.newPage();
  await signInAs(other, "admin@wegweiser.test");
  await other.goto("/admin/coverage/districts");
  await other.getByLabel(/^Einwohnerzahl \(/).first().fill(String(base + 100));
  await save(other);
  await other.close();
  await populations.nth(6).fill(String(base + 600));
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Jemand anderes hat diesen Eintrag gespeichert" })).toBeVisible();
  await expect(populations.nth(6)).toHaveValue(String(base + 600));
  await page.reload();
  await expect(populations.first()).toHaveValue(String(base + 100));
  await expect(populations.nth(6)).toHaveValue(String(base + 6));
});
