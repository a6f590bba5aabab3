import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListTable, RowLink } from "@/components/admin/list-table";
import { PageHead } from "@/components/admin/page-head";
import { SavedNotice } from "@/components/admin/saved-notice";
import { CategoryIcon } from "@/components/ui/category-icon";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { listTermsForAdmin, taxonomies } from "@/lib/taxonomy/editing";

type Props = { searchParams: Promise<{ deleted?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.taxonomy" });
  return { title: t("title") };
}

export default async function TaxonomyPage({ searchParams }: Props) {
  await requireUser("taxonomy.manage", "/admin/taxonomy");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const lists = await Promise.all(
    taxonomies.map(async (taxonomy) => ({ taxonomy, terms: await listTermsForAdmin(taxonomy) })),
  );

  return (
    <div className="stack">
      <h1>{t("taxonomy.title")}</h1>
      <p>{t("taxonomy.lead")}</p>
      <SavedNotice text={(await searchParams).deleted ? t("taxonomy.deleted") : null} />
      {lists.map(({ taxonomy, terms }) => (
        <section key={taxonomy} className="stack" aria-labelledby={`list-${taxonomy}`}>
          <PageHead
            level={2}
            id={`list-${taxonomy}`}
            title={t(`taxonomy.lists.${taxonomy}`)}
            href={`/admin/taxonomy/new?taxonomy=${taxonomy}`}
            label={t(`taxonomy.new.${taxonomy}`)}
          />
          <ListTable
            columns={[
              t("taxonomy.name"),
              t("taxonomy.code"),
              t("taxonomy.icon"),
              t("taxonomy.sortOrder"),
              t("taxonomy.parent"),
              t("taxonomy.offers"),
            ]}
          >
            {terms.map((term) => (
              <tr key={term.id}>
                <RowLink href={`/admin/taxonomy/${term.id}`}>{term.name}</RowLink>
                <td>
                  <code>{term.code}</code>
                </td>
                <td>
                  {term.icon ? (
                    <>
                      <CategoryIcon name={term.icon} /> {term.icon}
                    </>
                  ) : (
                    "–"
                  )}
                </td>
                <td>{term.sortOrder}</td>
                <td>{term.parent?.name ?? "–"}</td>
                <td>{term.offerCount}</td>
              </tr>
            ))}
          </ListTable>
        </section>
      ))}
    </div>
  );
}
