// A coordinator prepares a picture of the network on a laptop, finds a partner in it and saves the
// view under a name; a second coordinator opens it from the list and sees the same view, arrangement and
// colours, and takes it to Gephi as it is shown.
import fs from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";

test.use({
  locale: "de-DE",
  extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" },
  viewport: { width: 1280, height: 720 },
  isMobile: false,
  hasTouch: false,
});

type GexfNode = { id: string; label: string; "viz:color": { hex: string }; "viz:position": { x: string; y: string } };
type Gexf = { "xmlns:viz": string; graph: { nodes: { node: GexfNode[] } } };

/** The GEXF the page's "Gephi (GEXF)" link downloads, read. */
async function gexfOf(page: Page): Promise<Gexf> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Gephi (GEXF)" }).click();
  const file = fs.readFileSync((await (await download).path())!, "utf8");
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(file).gexf;
}

const positionsIn = (gexf: Gexf) =>
  new Map(gexf.graph.nodes.node.map((n) => [n.id, [Number(n["viz:position"].x), Number(n["viz:position"].y)]]));

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("a saved network view is opened by a second coordinator as it was saved", async ({ page, browser }) => {
  // Three people in one story (the coordinator, her colleague, a partner): more than one page's time.
  test.setTimeout(120_000);
  const viewName = `Brand nach Bezirken ${stamp()}`;
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/network?district=brand");
  // On a laptop screen the whole graph is in sight without scrolling.
  const canvas = page.getByRole("region", { name: /Netzwerkgrafik/ });
  await expect(canvas.locator("canvas").first()).toBeVisible();
  const box = (await canvas.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(720);

  await page.getByLabel("Farbe nach").selectOption({ label: "Stadtbezirk" });
  await page.getByRole("button", { name: "Übernehmen" }).click();
  await expect(page).toHaveURL(/colour=district/);
  const legend = page.getByTestId("network-legend");
  await expect(legend).toContainText("Farbe: Stadtbezirk");
  await expect(legend).toContainText(/Brand \(\d+\)/);

  await page
    .getByRole("searchbox", { name: "Organisation in der Grafik suchen" })
    .or(page.getByLabel("Organisation in der Grafik suchen"))
    .fill("familienzentrum brand");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByText("Familienzentrum Brand ist hervorgehoben.")).toBeVisible();
  await expect(page.getByTestId("network-card").getByRole("heading", { name: "Familienzentrum Brand" })).toBeVisible();

  await expect(page.getByText(/^Angeordnet\./)).toBeVisible({ timeout: 20_000 });
  // Moving the picture keeps the chosen organisation: the end of a drag is no click on the graph.
  const graph = (await canvas.boundingBox())!;
  await page.mouse.move(graph.x + 20, graph.y + graph.height - 20);
  await page.mouse.down();
  await page.mouse.move(graph.x + 120, graph.y + graph.height - 60, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  await expect(page.getByTestId("network-card").getByRole("heading", { name: "Familienzentrum Brand" })).toBeVisible();
  // Before saving, Gephi already gets the arrangement on screen (compared with the saved one below).
  const arranged = positionsIn(await gexfOf(page));
  await page.getByLabel("Name der Ansicht").fill(viewName);
  // The graph on the page marks itself; a graph loaded and arranged anew would not carry the mark.
  await page.evaluate(() => Object.assign(window.__networkTimings!, { kept: true }));
  await page.getByRole("button", { name: "Diese Ansicht speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Gespeichert als „${viewName}“` })).toBeVisible();
  // Saving leaves the picture as it was saved: not loaded and arranged anew.
  await expect(page.getByText(/^Angeordnet\./)).toBeVisible();
  expect(await page.evaluate(() => (window.__networkTimings as { kept?: boolean } | undefined)?.kept)).toBe(true);

  // A colleague, with an account of her own, finds the view in the list and opens it.
  const context = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 720 } });
  const colleague = await context.newPage();
  await signInAs(colleague, "bildung@wegweiser.test");

  await colleague.goto("/admin/network");
  const saved = colleague.getByTestId("network-saved-views").getByRole("listitem").filter({ hasText: viewName });
  await expect(saved).toContainText("von Demo-Koordination");
  // A link that names only the view, as a colleague may paste it, opens it with all it keeps.
  const href = (await saved.getByRole("link", { name: viewName }).getAttribute("href"))!;
  await colleague.goto(`/admin/network?saved=${new URLSearchParams(href.split("?")[1]).get("saved")}`);
  await expect(colleague.getByRole("heading", { level: 1, name: `Gespeicherte Ansicht „${viewName}“` })).toBeVisible();
  await expect(colleague).toHaveURL(/district=brand/);
  await expect(colleague).toHaveURL(/colour=district/);
  await expect(colleague.getByLabel("Stadtbezirk")).toHaveValue("brand");
  await expect(colleague.getByTestId("network-legend")).toContainText("Farbe: Stadtbezirk");
  await expect(colleague.getByText("Die Anordnung ist so, wie sie gespeichert wurde.")).toBeVisible();
  const colleagueCanvas = colleague.getByRole("region", { name: /Netzwerkgrafik/ });
  await expect(colleagueCanvas.locator("canvas").first()).toBeVisible();
  // The view's name in the heading takes no room from the graph: it is whole on her laptop screen.
  const seen = (await colleagueCanvas.boundingBox())!;
  expect(seen.y).toBeGreaterThanOrEqual(0);
  expect(seen.y + seen.height).toBeLessThanOrEqual(720);
  await expectNoSeriousA11yViolations(colleague);

  // Gephi gets the colours the page shows: by borough, so two partners in Brand share one.
  const gexf = await gexfOf(colleague);
  expect(gexf["xmlns:viz"]).toBe("http://gexf.net/1.3/viz");
  const colourOf = (label: string) => gexf.graph.nodes.node.find((n) => n.label === label)?.["viz:color"].hex;
  expect(colourOf("Familienzentrum Brand")).toBeTruthy();
  expect(colourOf("Familienzentrum Brand")).toBe(colourOf("Kita Sonnenschein Brand"));
  // And the arrangement as shown: the one the first coordinator had on screen, not a new one.
  const opened = positionsIn(gexf);
  expect(opened.size).toBeGreaterThan(1);
  expect(opened).toEqual(arranged);

  // A read-only link for partners: it opens without an account and names no person.
  const item = colleague.getByTestId("network-saved-views").getByRole("listitem").filter({ hasText: viewName });
  await item.getByLabel("Gültig für").selectOption("7");
  await item.getByRole("button", { name: `Link erzeugen: ${viewName}` }).click();
  const created = colleague.getByTestId("network-share-link");
  const link = await created.getByRole("link").getAttribute("href");
  expect(link).toMatch(/\/share\/network\//);
  await expect(created.getByRole("button", { name: "Link kopieren" })).toBeVisible();
  // The token stays out of the address (history, referrer): the page read the link back from the view.
  expect(colleague.url()).not.toContain(link!.split("/").pop()!);
  await expect(item).toContainText("geteilt bis");
  const partner = await (
    await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 720 } })
  ).newPage();
  await partner.goto(link!);
  await expect(partner.getByRole("heading", { level: 1, name: viewName })).toBeVisible();
  await expect(partner.getByText(/Nur zum Ansehen\. Dieser Link gilt bis/)).toBeVisible();
  await expect(
    partner
      .getByRole("region", { name: /Netzwerkgrafik/ })
      .locator("canvas")
      .first(),
  ).toBeVisible();
  await expect(partner.locator("body")).not.toContainText("Demo-Koordination");
  await expect(partner.locator("body")).not.toContainText(/@wegweiser\.test/);
  await expect(partner.locator('a[href^="/admin"]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(partner);
  // A link that opens nothing (altered here) is a 404 that says so in words.
  const gone = await partner.goto(`${link!.slice(0, -4)}AAAA`);
  expect(gone!.status()).toBe(404);
  await expect(partner.getByText("Dieser Link ist abgelaufen oder ungültig")).toBeVisible();
  await partner.context().close();
  await context.close();
});
