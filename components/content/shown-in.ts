// The badge a card or popup carries when its text is in another language than the page's, for each
// language a text may fall back to ("Auf Englisch", "Auf Deutsch"); computed on the server, so that
// client components need no message catalogue.
import { getTranslations } from "next-intl/server";
import { locales, type Locale } from "@/lib/i18n/locales";

export type ShownInBadges = Partial<Record<Locale, string>>;

export async function shownInBadges(locale: Locale): Promise<ShownInBadges> {
  const t = await getTranslations({ locale, namespace: "contentLanguage" });
  return Object.fromEntries(locales.filter((l) => l !== locale).map((l) => [l, t("badge", { language: l })]));
}
