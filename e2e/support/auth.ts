import { expect, type Cookie, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "wegweiser-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/admin/login");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

// The sign-in form is a journey of its own (coordinator.spec.ts, security.spec.ts); elsewhere each
// worker signs an account in once and later journeys of that account start from its session.
const sessions = new Map<string, Cookie[]>();
const isSession = (cookie: Cookie) => cookie.name.includes("session-token");

export async function signInAs(page: Page, email: string) {
  const overview = page.getByRole("heading", { level: 1, name: "Übersicht" });
  const kept = sessions.get(email);
  if (kept) {
    await page.context().addCookies(kept);
    await page.goto("/admin");
    // A journey may have ended that session (sign-out, new password, new role): sign in afresh.
    if (!new URL(page.url()).pathname.startsWith("/admin/login")) {
      await expect(overview).toBeVisible();
      return;
    }
  }
  await signIn(page, email);
  await expect(overview).toBeVisible();
  sessions.set(email, (await page.context().cookies()).filter(isSession));
}
