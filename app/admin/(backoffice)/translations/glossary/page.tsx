import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListTable, RowLink } from "@/components/admin/list-table";
import { SavedNotice } from "@/components/admin/saved-notice";
import { GlossaryForm } from "@/components/admin/translations/glossary-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { directionOf, isLocale } from "@/lib/i18n/locales";
import { listGlossary } from "@/lib/translations/glossary";
import { createGlossaryAction } from "./actions";

type Props = { searchParams: Promise<{ added?: string; deleted?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.glossary" });
  return { title: t("title") };
}

export default async function GlossaryPage({ searchParams }: Props) {
  await requireUser("glossary.manage", "/admin/translations/glossary");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const [entries, query] = await Promise.all([listGlossary(), searchParams]);
  return (
    <div className="stack">
      <h1>{t("glossary.title")}</h1>
      <p>{t("glossary.lead")}</p>
      <p>
        <Link prefetch={false} href="/admin/translations/machine">
          {t("glossary.machineLink")}
        </Link>
      </p>
      <SavedNotice text={query.added ? t("glossary.added") : query.deleted ? t("glossary.deleted") : null} />
      <ListTable columns={[t("glossary.source"), t("glossary.locale"), t("glossary.target"), t("glossary.note")]}>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <RowLink href={`/admin/translations/glossary/${entry.id}`}>{entry.source}</RowLink>
            <td>{t(`machine.languages.${entry.locale === "*" ? "all" : entry.locale}`)}</td>
            <td>
              {entry.kept ? (
                <span className="muted">{t("glossary.kept")}</span>
              ) : (
                <span lang={entry.locale === "*" ? undefined : entry.locale} dir={isLocale(entry.locale) ? directionOf(entry.locale) : undefined}>
                  {entry.target}
                </span>
              )}
            </td>
            <td>{entry.note ?? ""}</td>
          </tr>
        ))}
      </ListTable>
      <section className="card stack" aria-labelledby="glossary-add">
        <h2 id="glossary-add">{t("glossary.add")}</h2>
        <GlossaryForm locale={locale} action={createGlossaryAction} initial={{ locale: "*" }} />
      </section>
    </div>
  );
}
