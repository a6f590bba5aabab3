import { getTranslations } from "next-intl/server";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { glossaryLocales } from "@/lib/translations/glossary-locales";

/** The languages an entry can be for, "every language" first, named in the back office's language. */
export async function glossaryLocaleChoices(locale: AdminLocale) {
  const t = await getTranslations({ locale, namespace: "admin.machine.languages" });
  return glossaryLocales.map((code) => ({ value: code, label: t(code === "*" ? "all" : code) }));
}
