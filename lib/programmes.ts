import "server-only";
import { db } from "./db";
import { pickTranslation, localesFor } from "./i18n/translation";
import type { Locale } from "./i18n/locales";

export type ProgrammeSummary = {
  slug: string;
  name: string;
  summary: string;
  parentSlug: string | null;
  isFallback: boolean;
};

export async function listProgrammes(locale: Locale): Promise<ProgrammeSummary[]> {
  const rows = await db.programme.findMany({
    where: { status: "published" },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      parent: { select: { slug: true } },
      translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true, summary: true } },
    },
  });
  return rows.map((row) => {
    const text = pickTranslation(row.translations, locale);
    return {
      slug: row.slug,
      name: text?.name ?? row.slug,
      summary: text?.summary ?? "",
      parentSlug: row.parent?.slug ?? null,
      isFallback: text?.isFallback ?? true,
    };
  });
}
