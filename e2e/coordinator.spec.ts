// A KI coordinator signs in, finds a new inquiry from a Kita, takes it on and closes it; every step
// is in the inquiry's history. Wrong passwords and stale saves are refused plainly.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signIn, signInAs } from "./support/auth";
import { sendInquiry } from "./support/records";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

test("the back office asks for a login and refuses a wrong password", async ({ page }) => {
  await page.goto("/admin/inquiries");
  await expect(page).toHaveURL(/\/admin\/login\?callbackUrl=%2Fadmin%2Finquiries/);
  await signIn(page, "coordinator@wegweiser.test", "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: "E-Mail oder Passwort ist falsch." })).toBeVisible();
  await expect(page.getByLabel("E-Mail")).toHaveValue("coordinator@wegweiser.test");
});

test("a coordinator finds a Kita's inquiry, assigns it and closes it", async ({ page }) => {
  const name = `Kita Sonnenhügel ${Date.now()}`;
  await sendInquiry(page, name);

  await signInAs(page, "coordinator@wegweiser.test");
  await page.getByRole("navigation", { name: "Backoffice" }).getByRole("link", { name: "Anfragen" }).click();
  await page.getByLabel("Status").selectOption({ label: "Neu" });
  await page.getByLabel("Programm").selectOption({ label: "Griffbereit" });
  await page.getByLabel("Stadtbezirk").selectOption({ label: "Haaren" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByLabel("Zuständig ist").selectOption({ label: "Demo-Koordination" });
  await page.getByLabel("Status").selectOption({ label: "In Bearbeitung" });
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  await page.getByLabel("Neue Notiz").fill("Rückruf am Montag vereinbart.");
  await page.getByRole("button", { name: "Notiz speichern" }).click();
  await expect(page.getByText("Rückruf am Montag vereinbart.").first()).toBeVisible();

  await page.getByLabel("Status").selectOption({ label: "Erledigt" });
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Erledigt", { exact: true }).first()).toBeVisible();
  // The history says what changed in the back office's words.
  const history = page.locator("#history").locator("..");
  const change = (label: string, text: string) =>
    history.getByRole("definition").filter({ hasText: text }).and(history.locator(`dt:text-is("${label}") + dd`));
  await expect(change("Status", "Neu → In Bearbeitung")).toBeVisible();
  await expect(change("Status", "In Bearbeitung → Erledigt")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a stale save is refused and the current state is shown", async ({ browser, page }) => {
  const name = `Grundschule Prüfstand ${Date.now()}`;
  await sendInquiry(page, name);
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/inquiries?status=new");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const url = page.url();

  // A second coordinator saves first.
  const other = await browser.newPage();
  await signInAs(other, "admin@wegweiser.test");
  await other.goto(url);
  await other.getByLabel("Status").selectOption({ label: "In Bearbeitung" });
  await other.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(other.getByRole("status").filter({ hasText: "Gespeichert." })).toBeVisible();

  await page.getByLabel("Status").selectOption({ label: "Erledigt" });
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Jemand anderes hat diesen Eintrag gespeichert" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("in_progress");
  await other.close();
});

test("an editor has no access to inquiries", async ({ page }) => {
  await signInAs(page, "editor@wegweiser.test");
  await expect(page.getByRole("link", { name: "Anfragen" })).toHaveCount(0);
  await page.goto("/admin/inquiries");
  await expect(page.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
});

test("an inquiry is answered at once while the mail server is down, and the coordinator sees the notification that did not go out", async ({ page }) => {
  const name = `Kita Funkloch ${Date.now()}`;
  const started = Date.now();
  await sendInquiry(page, name);
  expect(Date.now() - started).toBeLessThan(8000);

  await signInAs(page, "coordinator@wegweiser.test");
  const section = page.getByRole("region", { name: "Nicht zugestellte Benachrichtigungen" });
  const card = section.getByRole("listitem").filter({ hasText: `Neue Anfrage: ${name}` });
  // The worker tries right after the inquiry is stored; the page shows what it learnt.
  await expect(async () => {
    await page.reload();
    await expect(card).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(card.getByText(/Wird erneut versucht \(1 Versuch bisher\)/)).toBeVisible();
  await expect(card.getByText(/ECONNREFUSED/)).toBeVisible();

  await card.getByRole("link", { name: "Zur Anfrage" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("navigation", { name: "Backoffice" }).getByRole("link", { name: "Anfragen" }).click();
  await page
    .getByRole("region", { name: "Nicht zugestellte Benachrichtigungen" })
    .getByRole("listitem")
    .filter({ hasText: `Neue Anfrage: ${name}` })
    .getByRole("button", { name: "Erneut senden" })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Die Benachrichtigung wird erneut gesendet." })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/inquiries\?mail=queued/);
});
