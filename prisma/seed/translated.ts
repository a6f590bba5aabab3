// The demo and reference texts were written by people for the German texts beside them: their
// translations count as reviewed and current.
import { stampTranslations } from "../../lib/translations/stamp";
import type { TranslatedKind } from "../../lib/translations/status";

export function withMeta<T extends object>(kind: TranslatedKind, texts: Readonly<Partial<Record<string, T>>>, at = new Date()) {
  const meta = stampTranslations(kind, texts as Record<string, Record<string, string | null | undefined>>, [], at);
  return Object.entries(texts).flatMap(([locale, text]) => (text ? [{ locale, ...text, ...meta[locale]! }] : []));
}
