// The languages a glossary entry can be for: every language ("*") or one of the translated ones.
import { locales } from "../i18n/locales";

export const glossaryLocales = ["*", ...locales.filter((l) => l !== "de")] as const;
