// A coordinator prepares the committee report: reads the coverage page, chooses the period up to
// today, downloads the PDF the server makes, and finds in it the coverage page's figures.
import fs from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

/** Each row of a heat map as "label n n n …", the way the PDF's table row reads as text. */
async function matrixRows(matrix: Locator): Promise<string[]> {
  return matrix
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) =>
        [
          row.querySelector("th")!.textContent!.trim(),
          ...[...row.querySelectorAll("td")].map((td) => td.childNodes[0]!.textContent!.trim()),
        ].join(" "),
      ),
    );
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

test("the committee report's PDF carries the figures of the coverage page", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/coverage");
  const categories = await matrixRows(page.getByRole("region", { name: /Veröffentlichte Angebote je Kategorie/ }));
  const programmes = await matrixRows(page.getByRole("region", { name: /Programmstandorte je Stadtbezirk/ }));
  expect(categories.length).toBeGreaterThan(1);
  expect(programmes.length).toBeGreaterThan(1);

  await page.getByRole("link", { name: "Bericht für den Ausschuss" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Integration in Aachen: Netzwerk und Angebote" }),
  ).toBeVisible();
  // A period that ends before it begins is refused, and the form keeps what was typed.
  await page.getByLabel("Eigener Zeitraum").check();
  await page.getByLabel("Von").fill("2026-03-01");
  await page.getByLabel("Bis").fill("2026-01-31");
  await page.getByRole("button", { name: "Bericht anzeigen" }).click();
  await expect(page.getByLabel("Eigener Zeitraum")).toBeChecked();
  await expect(page.getByLabel("Von")).toHaveValue("2026-03-01");
  await expect(page.getByLabel("Bis")).toHaveValue("2026-01-31");
  await expect(page.getByLabel("Bis")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Bis")).toHaveAccessibleDescription(/Der letzte Tag liegt vor dem ersten/);
  await expect(page.getByRole("alert").filter({ hasText: "Der eingegebene Zeitraum wurde nicht übernommen" })).toBeVisible();

  // A period up to tomorrow: the report's last day is today wherever the clock of Aachen stands.
  const to = new Date(Date.now() + 24 * 60 * 60 * 1000);
  await page.getByLabel("Von").fill(isoDay(new Date(to.getTime() - 90 * 24 * 60 * 60 * 1000)));
  await page.getByLabel("Bis").fill(isoDay(to));
  await page.getByRole("button", { name: "Bericht anzeigen" }).click();
  await expect(page).toHaveURL(/period=custom/);
  await expect(page.getByRole("img", { name: /Karte der Aachener Stadtbezirke/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "PDF herunterladen" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bericht-.*\.pdf$/);
  const bytes = new Uint8Array(fs.readFileSync((await download.path())!));
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  const pdf = text.replace(/\s+/g, " ");
  expect(pdf).toContain("Ausschuss für Soziales, Integration und Demographie");
  // Every row of both heat maps, district by district and for Aachen, stands in the PDF's tables.
  for (const row of [...categories, ...programmes]) expect(pdf).toContain(row);

  // The same report in English passes the accessibility check too.
  await page.getByRole("link", { name: "English" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Integration in Aachen: network and offers" }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("both heat maps of the coverage page stand whole on a laptop screen", async ({ browser }) => {
  const laptop = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    isMobile: false,
    hasTouch: false,
    deviceScaleFactor: 1,
    locale: "de-DE",
    extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" },
  });
  const page = await laptop.newPage();
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/coverage");
  for (const name of [/Programmstandorte je Stadtbezirk/, /Veröffentlichte Angebote je Kategorie/]) {
    const matrix = page.getByRole("region", { name });
    // The short column heads still name the district in full.
    await expect(matrix.getByRole("columnheader", { name: "Kornelimünster/Walheim" })).toBeVisible();
    await expect(matrix.getByRole("columnheader", { name: "Aachen insgesamt" })).toBeVisible();
    // Its last row and its last column within the first screen, without scrolling page or table.
    const last = await matrix.locator("tbody tr").last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(720);
    const total = await matrix.locator("tbody tr").last().locator("td").last().boundingBox();
    const frame = await matrix.boundingBox();
    expect(total!.x + total!.width).toBeLessThanOrEqual(Math.min(frame!.x + frame!.width, 1280));
  }
  await page.screenshot({ path: "/tmp/coverage-laptop.png" });
  await laptop.close();
});
