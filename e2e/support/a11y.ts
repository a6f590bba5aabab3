import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Fails on any serious or critical WCAG 2.1 A/AA finding, listing what and where (the address
 * names the language). With `soft`, the journey goes on to check its other pages and fails at its
 * end, naming each page with findings.
 */
export async function expectNoSeriousA11yViolations(page: Page, { soft = false } = {}) {
  // The app's pages hold no frames from elsewhere, so axe runs in the page itself: the same rules,
  // without the blank page a run across origins opens to put each check's results together.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode()
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
  (soft ? expect.soft : expect)(serious, `axe findings on ${page.url()}`).toEqual([]);
}

/** Records every request that leaves the app's own origin. */
export function watchForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  return foreign;
}
