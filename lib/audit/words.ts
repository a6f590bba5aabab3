import "server-only";
// The formatter's words for a page of entries: the back office's messages and, in one look-up, the
// names of every record the entries refer to.
import { getTranslations } from "next-intl/server";
import type { AdminLocale } from "../i18n/admin-locale";
import type { FieldChange } from "./diff";
import { referencedIds, type Words } from "./describe";
import { recordNames } from "./names";

export async function auditWords(locale: AdminLocale, changes: readonly FieldChange[]): Promise<Words> {
  const [t, names] = await Promise.all([getTranslations({ locale }), recordNames(referencedIds(changes), locale)]);
  return {
    t: (key, values) => t(key as never, values as never),
    has: (key) => t.has(key as never),
    locale,
    names,
  };
}
