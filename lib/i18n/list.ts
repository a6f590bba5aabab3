// Lists in the reader's language: "Arabisch, Englisch und Türkisch", and in Arabic and Farsi with
// the Arabic comma "،" (the "unit" style keeps the comma between all items where the plain "and"
// list of Arabic has none). Russian and Turkish "unit" lists have no separator at all ("A B C"):
// there the plain "and" list.
const formats = new Map<string, Intl.ListFormat>();

export function formatList(items: readonly string[], locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = ["ru", "tr"].includes(locale)
      ? new Intl.ListFormat(locale, { style: "long", type: "conjunction" })
      : new Intl.ListFormat(locale, { style: "short", type: "unit" });
    formats.set(locale, format);
  }
  return format.format(items);
}
