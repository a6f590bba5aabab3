// A newcomer on a phone with a poor or missing connection: installs the site, saves an offer,
// reads what they opened and saved with the network off, keeps maps out in light mode, and finds
// the way to a place from where they stand.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { zoomToPins } from "./support/map";

const locales = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;

test.use({ viewport: { width: 390, height: 844 } });

/** Waits until the service worker controls the page and has kept the page and the language's shell. */
async function offlineReady(page: Page, path: string) {
  await expect(page.locator("html")).toHaveAttribute("data-offline-ready", path);
}

async function isKept(page: Page, path: string) {
  return page.evaluate((url) => caches.match(url, { ignoreVary: true }).then(Boolean), path);
}

/** The script files a page received whose text is Leaflet's (its credit link is in every build). */
function watchLeaflet(page: Page): () => Promise<number> {
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    if (/\/_next\/static\/.+\.js$/.test(new URL(response.url()).pathname)) bodies.push(response.text().catch(() => ""));
  });
  return async () => (await Promise.all(bodies)).filter((text) => text.includes("leafletjs.com")).length;
}

test.describe("offline and installable", () => {
  test("each language has a manifest to install the site, with icons that load", async ({ page, request }) => {
    await page.goto("/fa");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/fa/manifest.webmanifest");
    const response = await request.get("/fa/manifest.webmanifest");
    expect(response.headers()["content-type"]).toContain("application/manifest+json");
    const manifest = await response.json();
    expect(manifest).toMatchObject({ start_url: "/fa", display: "standalone", lang: "fa", dir: "rtl", theme_color: "#0b5c63" });
    expect(manifest.name).toBe("Wegweiser Aachen");
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) {
      const file = await request.get(icon.src);
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()["content-type"]).toBe("image/png");
    }
  });

  test("an Arabic reader saves an offer and reads it, the saved list and the start page with the network off", async ({
    page,
    context,
  }) => {
    await page.goto("/ar/offers?q=Deutschkurs");
    await offlineReady(page, "/ar/offers?q=Deutschkurs");

    // Opened from the results (a client-side navigation, which the worker must keep as well).
    const first = page.locator(".offer-card a").first();
    const savedTitle = (await first.textContent())!.trim();
    await first.click();
    await expect(page).toHaveURL(/\/ar\/offers\/[a-z0-9-]+$/);
    const savedPath = new URL(page.url()).pathname;
    await offlineReady(page, savedPath);
    await page.getByRole("button", { name: "احفظ هذا العرض" }).click();
    await expect(page.getByText("تم الحفظ على هذا الجهاز.")).toBeVisible();
    await page.screenshot({ path: "/tmp/offline-ar-offer.png" });
    await expect.poll(() => isKept(page, savedPath)).toBe(true);

    // A second offer, only opened.
    await page.goto("/ar/offers?q=Beratung");
    const visitedLink = page.locator(".offer-card a").first();
    const visitedTitle = (await visitedLink.textContent())!.trim();
    await visitedLink.click();
    await expect(page).toHaveURL(/\/ar\/offers\/[a-z0-9-]+$/);
    const visitedPath = new URL(page.url()).pathname;
    expect(visitedPath).not.toBe(savedPath);
    await expect.poll(() => isKept(page, visitedPath)).toBe(true);
    await expect.poll(() => isKept(page, "/ar")).toBe(true);
    await expect.poll(() => isKept(page, "/ar/saved")).toBe(true);

    // Nothing personal or private was kept: only public pages and the site's own files.
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(kept.length).toBeGreaterThan(3);
    expect(kept.filter((url) => /\/(admin|api)(\/|$|\?)/.test(new URL(url).pathname))).toEqual([]);

    await context.setOffline(true);

    // A page never opened: the offline page in Arabic (this also shows the network is really off).
    await page.goto("/ar/organisations");
    await expect(page.getByRole("heading", { level: 1, name: "لا يوجد اتصال بالإنترنت" })).toBeVisible();

    await page.goto(visitedPath);
    await expect(page.getByRole("heading", { level: 1, name: visitedTitle })).toBeVisible();

    await page.goto("/ar/saved");
    await expect(page.getByRole("heading", { level: 1, name: "العروض المحفوظة" })).toBeVisible();
    const savedLink = page.getByRole("link", { name: savedTitle });
    await expect(savedLink).toBeVisible();
    await page.screenshot({ path: "/tmp/offline-ar-saved.png" });
    await savedLink.click();
    await expect(page.getByRole("heading", { level: 1, name: savedTitle })).toBeVisible();
    await expect(page.getByText("تم الحفظ على هذا الجهاز.")).toBeVisible();

    await page.goto("/ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("searchbox")).toBeVisible();

    await context.setOffline(false);
    // Removing it empties the list, also after a reload.
    await page.goto("/ar/saved");
    await page.getByRole("button", { name: "إزالة من المحفوظات" }).click();
    await expect(page.getByText("لم تحفظ أي عروض بعد.", { exact: false })).toBeVisible();
    await page.reload();
    await expect(page.getByText("لم تحفظ أي عروض بعد.", { exact: false })).toBeVisible();
  });

  test("in light mode a Ukrainian reader's map loads only when asked", async ({ page }) => {
    await page.goto("/uk");
    await page.getByRole("checkbox", { name: "Економний режим: завантажувати карти лише на запит" }).check();

    const leafletFiles = watchLeaflet(page);
    await page.goto("/uk/offers?category=language&view=map");
    const showMap = page.getByRole("button", { name: "Показати карту" });
    await expect(showMap).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await leafletFiles()).toBe(0);
    await expect(page.locator(".leaflet-container")).toHaveCount(0);
    await page.screenshot({ path: "/tmp/offline-uk-light.png" });

    await showMap.click();
    await expect(page.getByRole("region", { name: /карт/i })).toBeVisible();
    await expect(page.locator(".leaflet-container")).toHaveCount(1);
    expect(await leafletFiles()).toBeGreaterThan(0);

    // The setting stays on the device; switched off, maps load at once again.
    await page.goto("/uk/programmes/griffbereit");
    await expect(page.getByRole("button", { name: "Показати карту" })).toBeVisible();
    await page.getByRole("checkbox", { name: /Економний режим/ }).uncheck();
    await expect(page.locator(".leaflet-container")).toHaveCount(1);
  });

  test("a Farsi reader whose browser saves data gets light mode without choosing it", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      Object.defineProperty(navigator, "connection", {
        value: Object.assign(new EventTarget(), { saveData: true, effectiveType: "2g" }),
      });
    });
    const page = await context.newPage();
    const leafletFiles = watchLeaflet(page);
    await page.goto("/fa/offers?view=map");
    await expect(page.getByRole("button", { name: "نمایش نقشه" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /حالت سبک/ })).toBeChecked();
    await page.waitForLoadState("networkidle");
    expect(await leafletFiles()).toBe(0);
    await context.close();
  });

  test("a map popup speaks the page's language, marks German-only offers, stays inside the map and routes from the reader", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      geolocation: { latitude: 50.7753, longitude: 6.0839 },
      permissions: ["geolocation"],
    });
    const page = await context.newPage();
    // The routing site is outside; the journey only needs to see where the link leads.
    await page.route("https://www.openstreetmap.org/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<p>route</p>" }));
    // Turkish: the machine-translation journey leaves no Farsi text missing.
    await page.goto("/tr/offers?category=language&view=map");
    const map = page.getByRole("region", { name: "Hizmet haritası" });
    await expect(map).toBeVisible();
    await zoomToPins(page);

    const popup = page.locator(".leaflet-popup");
    let germanOnly = 0;
    const pins = page.locator(".map-pin");
    for (let i = 0; i < Math.min(await pins.count(), 6) && germanOnly === 0; i++) {
      await pins.nth(i).click();
      await expect(popup.locator(".map-popup__list a").first()).toBeVisible();
      // Fully inside the map at 390 px, once the map has panned to it.
      await expect
        .poll(async () => {
          const [box, frame] = [await popup.locator(".leaflet-popup-content-wrapper").boundingBox(), await map.boundingBox()];
          if (!box || !frame) return "not shown";
          const outside = [box.x - frame.x, frame.x + frame.width - (box.x + box.width), box.y - frame.y, frame.y + frame.height - (box.y + box.height)];
          return outside.every((gap) => gap >= 0) ? "inside" : `outside by ${outside.map(Math.round).join("/")}`;
        })
        .toBe("inside");
      // Offers without a Turkish text are shown in the fallback language (English, then German),
      // marked with its lang and a badge naming it.
      for (const item of await popup.locator(".map-popup__list li").all()) {
        const lang = await item.locator("a").getAttribute("lang");
        const badge = item.locator(".map-popup__badge");
        if (lang && lang !== "tr") {
          germanOnly++;
          await expect(badge).toHaveText(lang === "en" ? /İngilizce/ : /Almanca/);
        } else await expect(badge).toHaveCount(0);
      }
      if (germanOnly === 0) await page.keyboard.press("Escape");
    }
    expect(germanOnly).toBeGreaterThan(0);
    await page.screenshot({ path: "/tmp/offline-popup-tr.png" });
    await popup.getByRole("link", { name: "Buraya yol tarifi" }).click();
    await expect(page).toHaveURL(/openstreetmap\.org\/directions\?from=50\.77530,6\.08390&to=50\.\d+,6\.\d+/);
    await context.close();
  });

  test("the saved offers and offline pages have no serious accessibility findings in any language", async ({ page }) => {
    test.setTimeout(240_000);
    for (const locale of locales) {
      await page.goto(`/${locale}/offers?q=Deutschkurs`);
      // The saved list is kept on the device for every language: each language starts without one.
      await page.evaluate(() => localStorage.clear());
      await page.locator(".offer-card a").first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/offers/[a-z0-9-]+$`));
      await page.locator(".save-offer button").click();
      await expect(page.locator(".save-offer__status")).toBeVisible();
      await expectNoSeriousA11yViolations(page, { soft: true });
      await page.goto(`/${locale}/saved`);
      await expect(page.locator(".saved-offers__item")).toHaveCount(1);
      await expectNoSeriousA11yViolations(page, { soft: true });
      await page.goto(`/${locale}/offline`);
      await expectNoSeriousA11yViolations(page, { soft: true });
    }
  });
});
