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
  // A period up to tomorrow: the report's last day is today wherever the clock of Aachen stands.
  const to = new Date(Date.now() + 24 * 60 * 60 * 1000);
  await page.getByLabel("Eigener Zeitraum").check();
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
