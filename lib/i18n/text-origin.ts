// Where the text a reader sees comes from: which language it is in (theirs, or one of the fallback
// chain), and whether a machine wrote it; then the German original goes with it, one tap away. It
// is part of the rendered page, the same for every reader of the language, so cached pages carry it.
import type { Locale } from "./locales";
import { defaultLocale } from "./locales";

export type TextOrigin = {
  /** the language of the shown text */
  locale: Locale;
  /** the shown text is not in the reader's language */
  isFallback: boolean;
  /** written by machine translation and not yet reviewed */
  machine: boolean;
  /** the German texts, in the order the page shows them, when the shown text is a machine's */
  original: string[] | null;
};

type Row = { locale: string; status?: string | null } & Record<string, unknown>;

/**
 * The origin of the text picked for a reader. `fields` are the German fields the original shows,
 * in page order; empty ones are left out.
 */
export function textOrigin(rows: readonly Row[], picked: { locale: Locale; isFallback: boolean; status?: unknown } | null, fields: readonly string[]): TextOrigin {
  const locale = picked?.locale ?? defaultLocale;
  const machine = locale !== defaultLocale && picked?.status === "machine";
  const german = machine ? rows.find((row) => row.locale === defaultLocale) : undefined;
  return {
    locale,
    isFallback: picked?.isFallback ?? false,
    machine,
    original: german ? fields.map((f) => german[f]).filter((v): v is string => typeof v === "string" && v.trim() !== "") : null,
  };
}
