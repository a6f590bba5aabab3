// The choices of an export as the page's form sends them (a GET form, so that it works without
// JavaScript and the browser downloads the answer).
import { z } from "zod";
import { locales } from "../../i18n/locales";
import type { TranslationTarget } from "../status";
import { exchangeFormats, exchangeKinds, exchangeScopes } from "./units";

const targets = locales.filter((l) => l !== "de") as [TranslationTarget, ...TranslationTarget[]];
/** The languages an exchange is for: every locale but German, which is the source. */
export const targetLocale = z.enum(targets);

export const exportRequestSchema = z.object({
  locale: targetLocale,
  format: z.enum(exchangeFormats).catch("xliff"),
  scope: z.enum(exchangeScopes).catch("open"),
  kinds: z
    .array(z.enum(exchangeKinds as [string, ...string[]]))
    .min(1)
    .catch([...exchangeKinds]),
});

export function exportRequestOf(locale: string, query: URLSearchParams) {
  return exportRequestSchema.safeParse({
    locale,
    format: query.get("format") ?? undefined,
    scope: query.get("scope") ?? undefined,
    kinds: query.getAll("kind"),
  });
}
