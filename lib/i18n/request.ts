import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./locales";

type Messages = Record<string, unknown>;

const load = (locale: Locale): Promise<Messages> =>
  import(`../../messages/${locale}.json`).then((module: { default: Messages }) => module.default);

/** Deep merge: a key missing in a translation shows the German text rather than a raw key. */
function withFallback(base: Messages, override: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const baseValue = base[key];
    out[key] =
      value && typeof value === "object" && baseValue && typeof baseValue === "object"
        ? withFallback(baseValue as Messages, value as Messages)
        : value;
  }
  return out;
}

// The back office's strings (German and English only) live apart from the public catalogue.
const loadAdmin = (locale: Locale): Promise<Messages> =>
  import(`../../messages/admin/${locale === "en" ? "en" : "de"}.json`).then(
    (module: { default: Messages }) => module.default,
  );

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  // Pages outside the [locale] segment (the back office) name their locale explicitly.
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : defaultLocale;
  const messages =
    locale === defaultLocale ? await load(defaultLocale) : withFallback(await load(defaultLocale), await load(locale));
  return { locale, messages: { ...messages, admin: await loadAdmin(locale) }, timeZone: "Europe/Berlin" };
});
