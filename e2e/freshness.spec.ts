// A partner's entries are kept fresh by mail: the coordinator sends this round's requests, the
// partner follows the link from the mail without signing in, confirms with one button, and the
// entry is no longer due; the coordinator sees who answered. And a coordinator finds the inquiries
// assigned to them under "my inquiries" and answers one from a reply template.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";
import { latestFreshnessMail, readyDueEntry } from "./support/freshness";
import { sendInquiry } from "./support/records";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

const editor = "editor@wegweiser.test";

test("a partner confirms an entry from the mail's link, and it is no longer due", async ({ page, browser }) => {
  const entry = readyDueEntry(editor);

  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/review");
  await page.getByRole("link", { name: /Nachfragen bei Partnern/ }).click();
  await page.getByRole("button", { name: "Nachfragen jetzt verschicken" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Nachfrage(n)? verschickt/ })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: editor });
  await expect(row).toContainText("offen, Link gilt bis");
  await expectNoSeriousA11yViolations(page);

  const mail = latestFreshnessMail(editor);
  expect(mail?.text).toContain(entry);
  expect(mail?.link).toBeTruthy();

  // The partner is not signed in: the link is the key. Opening it changes nothing yet.
  const partner = await browser.newContext({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });
  const inbox = await partner.newPage();
  await inbox.goto(mail!.link);
  await expect(inbox.getByRole("heading", { level: 1, name: "Sind Ihre Einträge noch aktuell?" })).toBeVisible();
  await expect(inbox.getByRole("checkbox", { name: entry })).toBeChecked();
  await expectNoSeriousA11yViolations(inbox);
  await inbox.screenshot({ path: "/tmp/freshness-link.png", fullPage: true });
  await page.goto("/admin/review");
  await expect(page.getByRole("link", { name: entry, exact: true })).toBeVisible();

  await inbox.getByRole("button", { name: "Ausgewählte Einträge sind noch aktuell" }).click();
  await expect(inbox.getByRole("status")).toContainText(/Erledigt: am .* bestätigt/);
  // A second visit of the link confirms nothing new and says so.
  await inbox.reload();
  await expect(inbox.getByRole("button", { name: "Ausgewählte Einträge sind noch aktuell" })).toHaveCount(0);
  // A link that opens nothing is a 404 that says what to do instead.
  const gone = await inbox.goto(`${mail!.link}x`);
  expect(gone!.status()).toBe(404);
  await expect(inbox.getByRole("alert").filter({ hasText: "Dieser Link ist abgelaufen oder ungültig" })).toBeVisible();
  await partner.close();

  await page.goto("/admin/review");
  await expect(page.getByRole("link", { name: entry, exact: true })).toHaveCount(0);
  await page.goto("/admin/review/partners");
  await expect(page.getByRole("row").filter({ hasText: editor })).toContainText("bestätigt");
});

test("a coordinator finds the inquiries assigned to them under my inquiries", async ({ page }) => {
  const name = `Kita Meine ${Date.now()}`;
  await sendInquiry(page, name);
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/inquiries?assignee=none");
  await page.getByRole("link", { name }).click();
  await page.getByLabel("Zuständig ist").selectOption({ label: "Demo-Koordination" });
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  await page.goto("/admin/inquiries");
  await page.getByRole("link", { name: "Meine Anfragen" }).click();
  await expect(page.getByLabel("Zuständig")).toHaveValue("me");
  await expect(page.getByRole("link", { name })).toBeVisible();
  await page.getByLabel("Zuständig").selectOption({ label: "Niemand" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});

test("a coordinator answers an inquiry from a reply template with the asker's name filled in", async ({ page }) => {
  const name = `Kita Vorlage ${Date.now()}`;
  const title = `Erste Antwort ${Date.now()}`;
  await sendInquiry(page, name);
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/inquiries");
  await page.getByRole("link", { name: "Antwortvorlagen" }).click();
  const form = page.getByRole("region", { name: "Neue Vorlage" });
  await form.getByLabel("Titel").fill(title);
  await form.getByLabel("Text").fill("Guten Tag {name},\ndanke für die Anfrage der {institution} zu {programmes}.");
  await form.getByRole("button", { name: "Vorlage speichern" }).click();
  await expect(form.getByRole("status")).toHaveText("Gespeichert.");
  await expect(page.getByRole("region", { name: title }).getByLabel("Titel")).toHaveValue(title);
  await expectNoSeriousA11yViolations(page);

  await page.goto("/admin/inquiries?assignee=none");
  await page.getByRole("link", { name }).click();
  await page.getByLabel("Vorlage", { exact: true }).selectOption({ label: `${title} (DE)` });
  await page.getByRole("button", { name: "Vorlage einfügen" }).click();
  const reply = page.getByLabel(/Antwort an leitung@kita.example.org/);
  await expect(reply).toHaveValue(`Guten Tag Leitung,\ndanke für die Anfrage der ${name} zu Griffbereit.`);
  await expectNoSeriousA11yViolations(page);
  await reply.fill(`Guten Tag Leitung,\ndanke für die Anfrage der ${name} zu Griffbereit. Wir melden uns am Montag.`);
  await page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Die Antwort wird gesendet" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Interne Notizen" })).toContainText("Wir melden uns am Montag.");
  await page.screenshot({ path: "/tmp/freshness-reply.png", fullPage: true });
});
