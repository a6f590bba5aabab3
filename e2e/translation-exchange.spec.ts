// A coordinator sends the Farsi texts to a translation agency and takes its file back: the export
// downloads as XLIFF 2.0, the agency corrects one title, the check shows that one change and
// nothing else, the import saves it, and a Farsi reader sees the corrected title on the offer.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";

test.use({ locale: "de-DE", extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" } });

/**
 * The first offer of the file that already has a Farsi title, and the agency's answer: the file with
 * that title replaced and only that record in it (a whole catalogue is more than one import takes).
 */
function correctOneTitle(xliff: string, title: string) {
  const group = /<group id="offer\.([0-9a-f-]+)" name="([^"]+)">[\s\S]*?<\/group>/g;
  for (const match of xliff.matchAll(group)) {
    const target = match[0].match(/<unit id="offer\.[0-9a-f-]+\.title"[\s\S]*?<target>([^<]+)<\/target>/);
    // A person's Farsi title from the demo data, on a public offer (the stand-in machine marks its own).
    if (!target || target[1]!.startsWith("[fa] ")) continue;
    const edited = match[0].replace(`<target>${target[1]}</target>`, `<target>${title}</target>`);
    return { slug: match[2]!, before: target[1]!, file: xliff.replace(group, (other) => (other === match[0] ? edited : "")) };
  }
  throw new Error("no offer with a Farsi title in the export");
}

test("a coordinator exports Farsi as XLIFF, imports the agency's correction, and a Farsi reader sees it", async ({
  page,
}) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/translations/fa/exchange");
  await expect(page.getByRole("heading", { level: 1, name: "Texte austauschen: Persisch" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("radio", { name: /XLIFF 2\.0/ }).check();
  await page.getByRole("radio", { name: /Alle Texte/ }).check();
  await page.getByRole("checkbox", { name: "Organisationen" }).uncheck();
  await page.getByRole("checkbox", { name: "Programme" }).uncheck();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Datei herunterladen" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^wegweiser-fa-alle-\d{4}-\d{2}-\d{2}\.xlf$/);
  const xliff = await readFile((await download.path())!, "utf8");
  expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
  expect(xliff).toContain('srcLang="de" trgLang="fa"');

  const title = "کلاس زبان آلمانی برای مادران";
  const corrected = correctOneTitle(xliff, title);
  await page.getByLabel("Datei (XLIFF oder CSV)").setInputFiles({
    name: "fa-korrigiert.xlf",
    mimeType: "application/xliff+xml",
    buffer: Buffer.from(corrected.file),
  });
  await page.getByRole("button", { name: "Datei prüfen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 Datensatz würde geändert" })).toBeVisible();
  await expect(
    page.getByText(/Neu: 0 · geändert: 1 · unverändert: \d+ · ohne Übersetzung: \d+ · abgelehnt: 0/),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Ergebnis je Datensatz" });
  const changed = table.getByRole("row").filter({ hasText: "geändert" });
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText(corrected.slug);
  await expect(changed).toContainText("Felder: title");
  await page
    .getByRole("region", { name: "Prüfung von fa-korrigiert.xlf" })
    .screenshot({ path: "/tmp/exchange-dry-run.png" });
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Jetzt einlesen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 Datensatz gespeichert" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Jetzt einlesen" })).toHaveCount(0);

  await page.goto(`/fa/offers/${corrected.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.screenshot({ path: "/tmp/exchange-farsi-offer.png" });
});

test("a broken file is refused with the line, and the chosen file stays for another try", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/translations/fa/exchange");
  const broken = `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="fa">\n<file id="offers">\n</xliff>`;
  await page
    .getByLabel("Datei (XLIFF oder CSV)")
    .setInputFiles({ name: "kaputt.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Datei prüfen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Die Datei ist kein gültiges XML (Zeile 4)" })).toBeVisible();
  await expect(page.getByText("Gewählt: kaputt.xlf")).toBeVisible();
  await expect(page.getByRole("button", { name: "Jetzt einlesen" })).toHaveCount(0);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Exchange texts: Persian" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
