// A KI coordinator checks a partner's file before importing it: the check and the import run on the
// server while the page shows their progress, then their report; a file with many bad lines gives a
// report one page at a time, rejected lines first, each with its reason; a file that is too large
// is refused with the limit named, before it is sent.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

const header = "external_id,organization_external_id,organization_name,organization_type,title_de,summary_de,email";
/** 120 lines, every second one with an e-mail address that is none. */
const badFile = () =>
  [
    header,
    ...Array.from({ length: 120 }, (_, i) =>
      i % 2 === 0
        ? `e2e-${i},e2e-verein,Prüfverein,migrant_organisation,Kurs ${i},Kurz.,keine-mail-${i}`
        : `e2e-${i},e2e-verein,Prüfverein,migrant_organisation,Kurs ${i},Kurz.,kurs${i}@example.org`,
    ),
  ].join("\n");

test("a coordinator dry-runs a bad file and pages through the rejected lines with their reasons", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/data");
  await page.getByLabel("Datei").setInputFiles({ name: "partner.csv", mimeType: "text/csv", buffer: Buffer.from(badFile()) });
  await page.getByRole("button", { name: "Prüfen (Probelauf)" }).click();

  await expect(page.getByRole("status").filter({ hasText: "60 Zeilen werden abgelehnt" })).toBeVisible();
  await expect(page.getByText("60 neu · 0 geändert · 0 unverändert · 60 abgelehnt")).toBeVisible();
  const table = page.getByRole("table", { name: "Ergebnis je Zeile" });
  // The rejected lines come first, one page of them.
  await expect(table.locator("tbody tr")).toHaveCount(50);
  await expect(table.getByText("Neu", { exact: true })).toHaveCount(0);
  await expect(table.getByText("„keine-mail-0“ ist keine gültige E-Mail-Adresse.")).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Seiten des Ergebnisses" });
  await expect(pages).toContainText("Zeilen 1–50 von 60 · Seite 1 von 2");
  await page.getByRole("region", { name: "Probelauf für partner.csv" }).screenshot({ path: "/tmp/files-import-report.png" });

  await pages.getByRole("button", { name: "Nächste Seite" }).click();
  await expect(pages).toContainText("Zeilen 51–60 von 60 · Seite 2 von 2");
  await expect(table.locator("tbody tr")).toHaveCount(10);
  await expect(table.getByText("„keine-mail-118“ ist keine gültige E-Mail-Adresse.")).toBeVisible();

  await page.getByRole("radio", { name: "Alle" }).check();
  await expect(pages).toContainText("Zeilen 1–50 von 120 · Seite 1 von 3");
  await expect(table.getByText("Neu", { exact: true })).toHaveCount(25);
  // Nothing to import while a line is rejected.
  await expect(page.getByRole("button", { name: "Jetzt importieren" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

/** n good lines of a new provider. */
const goodFile = (n: number) =>
  [
    header,
    ...Array.from({ length: n }, (_, i) => `e2e-gut-${i},e2e-gut-verein,Gutverein,migrant_organisation,Gutkurs ${i},Kurz.,gut${i}@example.org`),
  ].join("\n");

test("a coordinator follows the check and the import of a file by their progress, then reads the report", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/data");
  await page.getByLabel("Datei").setInputFiles({ name: "gross-gut.csv", mimeType: "text/csv", buffer: Buffer.from(goodFile(1500)) });
  await page.getByRole("button", { name: "Prüfen (Probelauf)" }).click();

  const progress = page.getByRole("region", { name: "Probelauf von gross-gut.csv läuft" });
  await expect(progress.getByRole("progressbar", { name: "Fortschritt von gross-gut.csv" })).toBeVisible();
  await progress.screenshot({ path: "/tmp/import-progress.png" });
  await expect(page.getByRole("status").filter({ hasText: "Alles in Ordnung" })).toBeVisible({ timeout: 30_000 });
  await expect(progress).toHaveCount(0);
  await expect(page.getByText("1500 neu · 0 geändert · 0 unverändert · 0 abgelehnt")).toBeVisible();

  await page.getByRole("button", { name: "Jetzt importieren" }).click();
  await expect(page.getByRole("progressbar", { name: "Fortschritt von gross-gut.csv" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Importiert." })).toBeVisible({ timeout: 60_000 });
  await page.getByRole("region", { name: "Import von gross-gut.csv" }).screenshot({ path: "/tmp/import-done.png" });

  // Coming back to the page shows the last import and its report.
  await page.goto("/admin/data");
  await expect(page.getByRole("status").filter({ hasText: "Importiert." })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an HSDS file with empty entries is rejected entry by entry, with the place named", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/data");
  const doc = { organizations: [null], services: [null, { id: "s", name: "Beratung", schedules: [null] }] };
  await page.getByLabel("Datei").setInputFiles({ name: "fremd.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByRole("button", { name: "Prüfen (Probelauf)" }).click();
  const table = page.getByRole("table", { name: "Ergebnis je Zeile" });
  await expect(table.getByText("An der Stelle „services[0]“ steht kein Objekt (zum Beispiel null).")).toBeVisible();
  await expect(table.getByText("An der Stelle „services[1].schedules[0]“ steht kein Objekt (zum Beispiel null).")).toBeVisible();
});

test("a file over the limit is refused with the limit named, and the server refuses a larger request too", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/data");
  const large = Buffer.alloc(11 * 1024 * 1024, "a");
  let posted = false;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/admin/data")) posted = true;
  });
  await page.getByLabel("Datei").setInputFiles({ name: "gross.csv", mimeType: "text/csv", buffer: large });
  await page.getByRole("button", { name: "Prüfen (Probelauf)" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Die Datei ist größer als 10 MB." })).toBeVisible();
  expect(posted).toBe(false);
  await page.getByRole("alert").filter({ hasText: "10 MB" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/files-import-too-large.png" });

  // Whoever sends more than a server action may take gets an answer naming the limit, not a 500.
  const response = await page.request.post("/admin/data", {
    headers: { "Next-Action": "0".repeat(42) },
    multipart: { file: { name: "gross.csv", mimeType: "text/csv", buffer: Buffer.alloc(13 * 1024 * 1024, "a") } },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("10 MB");
});
