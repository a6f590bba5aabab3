// What a coordinator changes is what a newcomer sees at the next request: a draft never appears,
// not even as a known word; publishing shows it; moving its place to another district moves it in
// the district filter; unpublishing takes it away again. An offer and its organisation are never
// published and unpublished at the same time: the back office refuses, and says why.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/auth";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

// Letters only, so that the search treats it as one word.
const word = () => `Quokka${Array.from(Date.now().toString(), (d) => "abcdefghij"[Number(d)]).join("")}`;

async function searchFor(page: Page, query: string) {
  await page.goto(`/de/offers?${query}`);
  return page.getByRole("main");
}

async function saveOffer(page: Page, url: string, status: "published" | "draft") {
  await page.goto(url);
  await page.getByLabel("Status").selectOption(status);
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();
}

test("a draft never appears; publishing, moving and unpublishing show at the next search", async ({ page }) => {
  test.setTimeout(120_000);
  const token = word();
  const title = `Hausaufgabenhilfe ${token}`;
  await signInAs(page, "coordinator@wegweiser.test");

  await page.goto("/admin/organisations/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(`Lernpaten ${token}`);
  await page.getByLabel("Art").selectOption("volunteer_initiative");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Angelegt" })).toBeVisible();
  const organisationId = page.url().split("/").pop()!.split("?")[0]!;

  // A place at the Markt, in Aachen-Mitte.
  await page.getByRole("link", { name: "Neuer Standort" }).click();
  await page.getByLabel("Straße und Hausnummer").fill("Markt 1");
  await page.getByLabel("Postleitzahl").fill("52062");
  await page.getByLabel("Breitengrad").fill("50.7757");
  await page.getByLabel("Längengrad").fill("6.0839");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByText("Stadtbezirk (aus der Markierung): Aachen-Mitte")).toBeVisible();
  const locationUrl = page.url();

  await page.goto(`/admin/offers/new?organizationId=${organisationId}`);
  await page.getByLabel("Titel (Deutsch)").fill(title);
  await page.getByLabel("Kurzbeschreibung (Deutsch)").fill("Hilfe bei den Hausaufgaben, montags nach der Schule.");
  await page
    .getByRole("group", { name: "Wo es stattfindet" })
    .getByLabel(/Markt 1/)
    .check();
  await expect(page.getByLabel("Status")).toHaveValue("draft");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const offerUrl = page.url().split("?")[0]!;

  // The draft is not found, and the search does not even know its word.
  let results = await searchFor(page, `q=${token}`);
  await expect(results.getByText(`Kein Angebot enthält: ${token.toLowerCase()}`)).toBeVisible();
  await expect(results.getByRole("link", { name: title })).toHaveCount(0);

  await saveOffer(page, offerUrl, "published");
  results = await searchFor(page, `q=${token}&district=mitte`);
  await expect(results.getByRole("link", { name: title })).toBeVisible();
  await page.screenshot({ path: "/tmp/public-published.png", fullPage: true });
  results = await searchFor(page, `q=${token}&district=brand`);
  await expect(results.getByRole("link", { name: title })).toHaveCount(0);

  // The place moves to Brand: the district filter follows at once.
  await page.goto(locationUrl);
  await page.getByLabel("Breitengrad").fill("50.7479");
  await page.getByLabel("Längengrad").fill("6.1652");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Stadtbezirk (aus der Markierung): Brand")).toBeVisible();
  results = await searchFor(page, `q=${token}&district=mitte`);
  await expect(results.getByRole("link", { name: title })).toHaveCount(0);
  await expect(results.getByRole("heading", { name: /Keine/ }).first()).toBeVisible();
  results = await searchFor(page, `q=${token}&district=brand`);
  await expect(results.getByRole("link", { name: title })).toBeVisible();
  await page.screenshot({ path: "/tmp/public-moved.png", fullPage: true });

  // The organisation cannot go back to draft while its offer is published…
  await page.goto(`/admin/organisations/${organisationId}`);
  await page.getByLabel("Status").selectOption("draft");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "noch veröffentlichte Angebote" })).toBeVisible();

  // Unpublished, it is gone from the search and its page.
  await saveOffer(page, offerUrl, "draft");
  results = await searchFor(page, `q=${token}`);
  await expect(results.getByRole("link", { name: title })).toHaveCount(0);
  await expect(results.getByText(`Kein Angebot enthält: ${token.toLowerCase()}`)).toBeVisible();
  await page.screenshot({ path: "/tmp/public-unpublished.png", fullPage: true });

  // …and once it is a draft, its offer cannot be published under it.
  await page.goto(`/admin/organisations/${organisationId}`);
  await page.getByLabel("Status").selectOption("draft");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();
  await page.goto(offerUrl);
  await page.getByLabel("Status").selectOption("published");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "erst veröffentlicht werden, wenn sein Träger veröffentlicht ist" }),
  ).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("published");
  await page.screenshot({ path: "/tmp/public-refused.png", fullPage: true });
  results = await searchFor(page, `q=${token}`);
  await expect(results.getByRole("link", { name: title })).toHaveCount(0);
});
