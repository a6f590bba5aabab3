import "server-only";
// The back office speaks German and English. It follows the language last chosen on the public
// site (next-intl's NEXT_LOCALE cookie) or the browser's preference.
import { cookies, headers } from "next/headers";

export const adminLocales = ["de", "en"] as const;
export type AdminLocale = (typeof adminLocales)[number];

export async function adminLocale(): Promise<AdminLocale> {
  const chosen = (await cookies()).get("NEXT_LOCALE")?.value;
  if (chosen === "de" || chosen === "en") return chosen;
  const preferred = (await headers()).get("accept-language") ?? "";
  return /^\s*de/i.test(preferred) || !/^\s*en/i.test(preferred) ? "de" : "en";
}
