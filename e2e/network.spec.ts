// A coordinator looks at the network: the Rucksack partners in one borough, one partner's
// neighbourhood and figures, the data as a file; and the coverage page names what is missing.
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

test("a coordinator filters to the Rucksack partners in Brand, focuses one and exports the view", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.getByRole("navigation", { name: "Backoffice" }).getByRole("link", { name: "Netzwerk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Netzwerk" })).toBeVisible();
  await page.getByLabel("Programm", { exact: true }).selectOption("rucksack-kita");
  await page.getByLabel("Stadtbezirk").selectOption("brand");
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/programme=rucksack-kita/);
  const insights = page.getByTestId("network-insights");
  await expect(insights).toContainText("die Rucksack KiTa-Partner in Brand");

  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Familienzentrum Brand" });
  await page.getByRole("button", { name: "Fokussieren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gezeigt wird das Netzwerk um Familienzentrum Brand." })).toBeVisible();
  // The focused partner's card: its figures in words, with a way to edit it.
  const card = page.getByTestId("network-card");
  await expect(card.getByRole("heading", { name: "Familienzentrum Brand" })).toBeVisible();
  await expect(card).toContainText(/Arbeitet mit \d+ Partner/);
  await expect(card.getByRole("link", { name: "Bearbeiten" })).toHaveAttribute("href", /\/admin\/organisations\//);
  await expect(page.getByTestId("network-graph").locator("canvas").first()).toBeVisible();

  await page.getByRole("navigation", { name: "Ansicht" }).getByRole("link", { name: "Tabelle" }).click();
  const row = page.getByTestId("network-table").getByRole("row", { name: /Familienzentrum Brand/ });
  await expect(row).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Organisationen (CSV)" }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file!, "utf8");
  expect(csv.split("\n")[0]).toContain("id,name,kind,type,districts,programmes,connections,bridge_percent,cluster,standing");
  expect(csv).toContain("Familienzentrum Brand");
  expect(csv).toContain("rucksack-kita");
});

test("the coverage page names the boroughs where a programme is missing", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/coverage");
  const gaps = page.getByRole("region", { name: "Lücken" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Lücken" }) }));
  await expect(gaps.first()).toContainText("Brand hat keine Griffbereit-Gruppe.");
  await expect(gaps.first()).toContainText("In Richterich gibt es keinen Standort von Rucksack KiTa.");
  await expect(gaps.first()).toContainText("In Kornelimünster/Walheim gibt es keinen Standort von Rucksack Schule.");
  await expect(page.getByRole("table").first()).toContainText("Aachen insgesamt");
  await expectNoSeriousA11yViolations(page);
});
