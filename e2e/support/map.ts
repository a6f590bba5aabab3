import type { Page } from "@playwright/test";

/** Zooms into the first cluster until single pins show (clustered maps start with none). */
export async function zoomToPins(page: Page) {
  for (let i = 0; i < 6 && (await page.locator(".map-pin").count()) === 0; i++) {
    await page.locator(".map-cluster").first().click();
    await page.waitForTimeout(400);
  }
}
