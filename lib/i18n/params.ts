import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";

export type LocaleParams = { params: Promise<{ locale: string }> };

/** The page's locale; an unknown one is a 404, never a crash. */
export async function localeParam(params: LocaleParams["params"]): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
