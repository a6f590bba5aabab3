// Names of the languages offers are held in, in the reader's language (from the platform's ICU
// data, so no list to maintain). The code itself is shown if the runtime does not know it.
const cache = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    cache.set(locale, names);
  }
  const name = names.of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
