// A partner registered twice: the coordinator is warned on the second create, saves it anyway (it
// got an offer meanwhile), then merges it into the first. The offer moves, the old public address
// leads to the organisation that stays, and the audit trail shows the merge on both records.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";
import { createOrganisation } from "./support/records";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

test("a twin is warned on create, saved anyway, and merged with its offer into the first", async ({ page }) => {
  test.setTimeout(120_000);
  // Digits tell organisations apart, so both spellings carry the same number.
  const stamp = String(Date.now());
  const first = `Lernpaten Ostviertel-Nord e.V. ${stamp}`;
  const twin = `Lernpaten Ostviertel–Nord e. V. ${stamp}`;
  await signInAs(page, "coordinator@wegweiser.test");
  const firstId = await createOrganisation(page, first);

  await page.goto("/admin/organisations/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(twin);
  await page.getByLabel("Art").selectOption("welfare_association");
  await page.getByRole("button", { name: "Anlegen" }).click();
  const warning = page.getByRole("alert").filter({ hasText: "Diesen Eintrag gibt es vielleicht schon" });
  await expect(warning.getByRole("link", { name: first })).toHaveAttribute("href", `/admin/organisations/${firstId}`);
  // The warning is where the eyes and the keyboard are after the click at the form's end.
  await expect(warning).toBeFocused();
  await expect(warning).toBeInViewport();
  // Nothing typed is lost.
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(twin);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Trotzdem anlegen – es ist kein Doppel").check();
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: twin })).toBeVisible();
  const twinId = page.url().split("/").pop()!.split("?")[0]!;
  const twinPublic = await page.locator("#main").getByRole("link", { name: "Öffentliche Seite" }).getAttribute("href");

  await page.goto(`/admin/offers/new?organizationId=${twinId}`);
  await page.getByLabel("Titel (Deutsch)").fill(`Hausaufgabenhilfe ${stamp}`);
  await page.getByLabel("Kurzbeschreibung (Deutsch)").fill("Lernpaten helfen montags nach der Schule.");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hausaufgabenhilfe ${stamp}` })).toBeVisible();

  // An address that names the organisation itself as the target says so, rather than "missing".
  await page.goto(`/admin/organisations/${twinId}/merge?into=${twinId}`);
  await expect(page.getByRole("alert").filter({ hasText: "Eine Organisation kann nicht mit sich selbst zusammengeführt werden." })).toBeVisible();

  await page.goto(`/admin/organisations/${twinId}`);
  await page.getByRole("link", { name: "Mit einer anderen Organisation zusammenführen" }).click();
  await page.getByRole("link", { name: `Zusammenführen mit ${first}` }).click();
  const preview = page.getByRole("region", { name: /Vorschau/ });
  await expect(preview.getByRole("row", { name: "Angebote 1" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The back office's other language.
  const mergeUrl = new URL(page.url()).pathname + new URL(page.url()).search;
  await page.goto(`/admin/language?to=en&back=${encodeURIComponent(mergeUrl)}`);
  await expect(page.getByRole("region", { name: /Preview/ }).getByRole("row", { name: "Services 1" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/admin/language?to=de&back=${encodeURIComponent(mergeUrl)}`);
  await preview.getByRole("button", { name: `Jetzt mit „${first}“ zusammenführen` }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/organisations/${firstId}`));
  await expect(page.getByText(`„${twin}“ wurde in diese Organisation überführt.`)).toBeVisible();
  await page.getByRole("link", { name: "1 Angebot" }).click();
  await expect(page.getByRole("link", { name: `Hausaufgabenhilfe ${stamp}` })).toBeVisible();

  await page.goto(`/admin/audit?entityId=${firstId}`);
  await expect(page.getByText("Zusammenführung aufgenommen")).toBeVisible();
  await page.goto(`/admin/audit?entityId=${twinId}`);
  await expect(page.getByText("Zusammengeführt (aufgegangen in)")).toBeVisible();

  // The twin's public address leads to the organisation that stays.
  await page.goto(twinPublic!);
  await expect(page.getByRole("heading", { level: 1, name: first })).toBeVisible();
});
