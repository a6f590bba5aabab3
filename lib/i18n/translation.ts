// Content translations stored in the database: the reader's locale if it exists, else the first
// language of the configured fallback chain that has the text (TRANSLATION_FALLBACK, by default
// English, then German). Pages say which language they show and mark it with `lang`.
import { env } from "../env";
import { defaultLocale, type Locale } from "./locales";

export type Translated<T> = T & { locale: Locale; isFallback: boolean };

/**
 * The open data API names no language per text, so it keeps the documented rule: the asked
 * language where translated, else German, the source.
 */
export const sourceFallback: readonly Locale[] = [defaultLocale];

/** The languages that stand in for a missing translation, in order; German always last. */
export function fallbackChain(): readonly Locale[] {
  return env().TRANSLATION_FALLBACK;
}

/**
 * The locales to look in for a reader, in order: their own, then the chain up to German, which
 * every record has (it is the source), so nothing after it is ever shown or loaded.
 */
export function localesFor(locale: Locale, chain: readonly Locale[] = fallbackChain()): Locale[] {
  const all = [...new Set<Locale>([locale, ...chain, defaultLocale])];
  return all.slice(0, all.indexOf(defaultLocale) + 1);
}

export function pickTranslation<T extends { locale: string }>(
  rows: readonly T[],
  locale: Locale,
  chain: readonly Locale[] = fallbackChain(),
): Translated<Omit<T, "locale">> | null {
  const chosen =
    localesFor(locale, chain)
      .map((wanted) => rows.find((row) => row.locale === wanted))
      .find((row) => row !== undefined) ?? rows[0];
  if (!chosen) return null;
  const { locale: rowLocale, ...fields } = chosen;
  return { ...fields, locale: rowLocale as Locale, isFallback: rowLocale !== locale };
}
