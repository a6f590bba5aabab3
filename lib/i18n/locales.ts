// The locales Wegweiser speaks. German is the source language: every text exists in German and
// every other locale falls back to it.
export const locales = ["de", "en", "ar", "fa", "uk", "ru", "tr"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";

const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(["ar", "fa"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return rtlLocales.has(locale) ? "rtl" : "ltr";
}

/** Native names, so that a reader finds their own language in the switch whatever page they are on. */
export const localeNames: Record<Locale, string> = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  uk: "Українська",
  ru: "Русский",
  tr: "Türkçe",
};

/** The locales as choices for forms that hold a text per locale. */
export const localeOptions = locales.map((code) => ({ code, name: localeNames[code], dir: directionOf(code) }));
