// A coordinator works through the review queue on a phone: ticks twenty due entries (the first by
// keyboard), confirms them as still correct in one go, reads what was done, and finds them gone
// from the queue. The same pages in English pass axe too.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { signInAs } from "./support/auth";

test.use({
  viewport: { width: 390, height: 844 },
  locale: "de-DE",
  extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" },
});

const TICKED = 20;

test("bulk still correct on twenty review entries", async ({ page }) => {
  await signInAs(page, "coordinator@wegweiser.test");
  await page.goto("/admin/review");
  const boxes = page.getByRole("table").getByRole("checkbox");
  expect(await boxes.count()).toBeGreaterThanOrEqual(TICKED);
  await expectNoSeriousA11yViolations(page);

  // The first by keyboard, the rest by tapping.
  await boxes.first().focus();
  await page.keyboard.press("Space");
  for (let i = 1; i < TICKED; i++) await boxes.nth(i).check();
  const keys = await Promise.all(Array.from({ length: TICKED }, (_, i) => boxes.nth(i).getAttribute("value")));
  const bar = page.getByRole("form", { name: "Mehrere Einträge auf einmal" });
  await expect(bar.getByLabel(`Die ausgewählten (${TICKED})`)).toBeChecked();
  await bar.getByLabel("Aktion", { exact: true }).selectOption({ label: "Als noch aktuell bestätigen" });
  await page.screenshot({ path: "/tmp/bulk-review-bar.png" });
  await bar.getByRole("button", { name: "Ausführen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Sammelaktion" })).toBeVisible();
  const jobUrl = page.url();
  await expect(page.getByText(`${TICKED} Einträge als noch aktuell bestätigt`)).toBeVisible();
  await expect(page.getByText("Nichts abgelehnt")).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`${TICKED} von ${TICKED}`);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/bulk-review-report.png", fullPage: true });

  await page.getByRole("link", { name: "Zurück zur Liste „Prüfen“" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Prüfen" })).toBeVisible();
  for (const key of keys) await expect(page.locator(`input[type=checkbox][value="${key}"]`)).toHaveCount(0);

  // The back office in English: the bar and the job's page read and pass axe there too.
  await page.goto(`/admin/language?to=en&back=/admin/review`);
  await expect(page.getByRole("form", { name: "Several entries at once" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(jobUrl);
  await expect(page.getByText(`${TICKED} entries confirmed as still correct`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(`/admin/language?to=de&back=/admin/review`);
});
