// The words the network's cards and sentences are written in, from the back office's catalogues,
// so that they can be built (and tested) outside a request.
// use-intl's core (what next-intl builds on) has no React in it, so scripts and tests run it as well.
import { createTranslator } from "use-intl/core";
import adminDe from "../../messages/admin/de.json";
import adminEn from "../../messages/admin/en.json";
import publicDe from "../../messages/de.json";
import publicEn from "../../messages/en.json";
import type { AdminLocale } from "../i18n/admin-locale";

// Both catalogues have the same keys (a unit test holds them to it).
const admin: Record<AdminLocale, typeof adminDe> = { de: adminDe, en: adminEn as typeof adminDe };
const types: Record<AdminLocale, (typeof publicDe)["organisationTypes"]> = {
  de: publicDe.organisationTypes,
  en: publicEn.organisationTypes,
};

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function networkTranslator(locale: AdminLocale): Translate {
  const t = createTranslator({ locale, messages: admin[locale], namespace: "network" });
  return (key, values) => (t as unknown as Translate)(key, values);
}

export function organisationTypeName(type: string, locale: AdminLocale): string {
  return (types[locale] as Record<string, string>)[type] ?? type;
}
