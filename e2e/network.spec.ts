// A coordinator looks at the network: the Rucksack partners in one borough, one partner's
// neighbourhood and figures, the data as a file; and the coverage page names what is missing.
import fs from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
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
  await expect(card).toContainText(/Arbeitet im ganzen Netzwerk mit \d+ Partner/);
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

/** The text of a table row's cell under the column headed `header`. */
async function cell(table: Locator, rowName: string, header: string | RegExp) {
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const index = headers.findIndex((h) => (typeof header === "string" ? h.trim() === header : header.test(h)));
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0);
  return (await table.getByRole("row", { name: new RegExp(rowName) }).locator("th, td").nth(index).innerText()).trim();
}

test("with a filter set, cards and sentences tell the view from the whole network, and card and table agree on the bridge", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  // What the whole network knows of the Kita: its relationships, unfiltered.
  await page.goto("/admin/network?view=table");
  const partners = Number(await cell(page.getByTestId("network-table"), "Kita Sonnenschein Brand", "Verbindungen"));
  expect(partners).toBeGreaterThan(0);

  // Filtered to the Rucksack partners in Brand, the Kita has none of them as a partner.
  await page.goto("/admin/network?programme=rucksack-kita&district=brand");
  const insights = page.getByTestId("network-insights");
  await expect(insights).toContainText(/in dieser Ansicht/i);
  await expect(insights).not.toContainText(/keine erfasste Beziehung: [^.]*Kita Sonnenschein Brand/);
  await expect(insights).toContainText(/wohl aber zu Organisationen außerhalb der Filter: [^.]*Kita Sonnenschein Brand/);
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Kita Sonnenschein Brand" });
  await page.getByRole("button", { name: "Fokussieren" }).click();
  const card = page.getByTestId("network-card");
  await expect(card.getByRole("heading", { name: "Kita Sonnenschein Brand" })).toBeVisible();
  await expect(card).toContainText(`Arbeitet im ganzen Netzwerk mit ${partners} Partner`);
  await expect(card).toContainText("In dieser Ansicht mit keinem davon verbunden");
  await expect(card).not.toContainText(/Keine erfasste Beziehung|Keine Verbindungen/);

  // The same bridge figure on the card and in the table of the same view.
  await page.goto("/admin/network?district=brand");
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Familienzentrum Brand" });
  await page.getByRole("button", { name: "Fokussieren" }).click();
  await expect(card.getByRole("heading", { name: "Familienzentrum Brand" })).toBeVisible();
  const bridgeFact = (await card.getByText(/^Brückenwert/).innerText()).trim();
  const onCard = /^Brückenwert in dieser Ansicht (.+?) \(Rang/.exec(bridgeFact)?.[1];
  expect(onCard, bridgeFact).toMatch(/^\d+(,\d)?\s%$/);
  await page.getByRole("navigation", { name: "Ansicht" }).getByRole("link", { name: "Tabelle" }).click();
  const table = page.getByTestId("network-table");
  await expect(table).toBeVisible();
  expect(await cell(table, "Familienzentrum Brand", "Brückenwert")).toBe(onCard);
  expect(Number(await cell(table, "Familienzentrum Brand", "Partner im ganzen Netzwerk"))).toBeGreaterThanOrEqual(
    Number(await cell(table, "Familienzentrum Brand", "Verbindungen in dieser Ansicht")),
  );
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

test("after dragging the graph, a click on an organisation in it opens its card, also from a hand that shakes", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/network");
  await expect(page.getByRole("status").filter({ hasText: /^Angeordnet/ })).toBeVisible({ timeout: 20_000 });
  const graph = page.getByTestId("network-graph");
  // Where the middle of the graph is on screen now (on a phone the search lies below the graph).
  const middle = async () => {
    await graph.scrollIntoViewIfNeeded();
    const box = (await graph.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  let centre = await middle();

  // A drag first: while the picture moves, the layer that tells which organisation lies under the
  // pointer is left alone; the still picture afterwards must bring it back.
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x - 120, centre.y + 40, { steps: 12 });
  await page.mouse.up();

  // The search centres the graph on the organisation and opens its card; closed again, the
  // organisation still sits in the middle of the graph.
  await page.getByLabel("Organisation in der Grafik suchen").fill("Familienzentrum Brand");
  await page.getByRole("button", { name: "Suchen" }).click();
  const card = page.getByTestId("network-card");
  await expect(card.getByRole("heading", { name: "Familienzentrum Brand" })).toBeVisible();
  await card.getByRole("button", { name: "Schließen" }).click();
  await expect(card.getByRole("heading")).toHaveCount(0);
  await page.waitForTimeout(800); // the camera's move to the organisation takes 400 ms
  centre = await middle();

  await page.mouse.click(centre.x, centre.y);
  await expect(card.getByRole("heading", { name: "Familienzentrum Brand" })).toBeVisible();
  await card.getByRole("button", { name: "Schließen" }).click();
  await expect(card.getByRole("heading")).toHaveCount(0);

  // A click whose pointer moves a pixel between press and release is still a click. (It used to
  // land on nothing: the moved picture had wiped the layer that tells what lies under the pointer.)
  centre = await middle();
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.move(centre.x + 1, centre.y + 1);
  await page.mouse.up();
  await expect(card.getByRole("heading", { name: "Familienzentrum Brand" })).toBeVisible();
});
