// Content translations stored in the database: the reader's locale if it exists, else German.
import { defaultLocale, type Locale } from "./locales";

export type Translated<T> = T & { locale: Locale; isFallback: boolean };

export function pickTranslation<T extends { locale: string }>(
  rows: readonly T[],
  locale: Locale,
): Translated<Omit<T, "locale">> | null {
  const own = rows.find((row) => row.locale === locale);
  const chosen = own ?? rows.find((row) => row.locale === defaultLocale) ?? rows[0];
  if (!chosen) return null;
  const { locale: rowLocale, ...fields } = chosen;
  return { ...fields, locale: rowLocale as Locale, isFallback: rowLocale !== locale };
}

/** The locales to load for a reader: their own and the German fallback. */
export function localesFor(locale: Locale): Locale[] {
  return locale === defaultLocale ? [defaultLocale] : [locale, defaultLocale];
}
