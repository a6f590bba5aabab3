import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
      {(await searchParams).deleted ? (
        <p role="status" className="saved">
          {t("taxonomy.deleted")}
        </p>
      ) : null}
      {lists.map(({ taxonomy, terms }) => (
        <section key={taxonomy} className="stack" aria-labelledby={`list-${taxonomy}`}>
          <div className="page-head">
            <h2 id={`list-${taxonomy}`}>{t(`taxonomy.lists.${taxonomy}`)}</h2>
            <Link
              prefetch={false}
              className="button button--secondary"
              href={`/admin/taxonomy/new?taxonomy=${taxonomy}`}
            >
              {t(`taxonomy.new.${taxonomy}`)}
            </Link>
          </div>
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("taxonomy.name")}</th>
                  <th scope="col">{t("taxonomy.code")}</th>
                  <th scope="col">{t("taxonomy.icon")}</th>
                  <th scope="col">{t("taxonomy.sortOrder")}</th>
                  <th scope="col">{t("taxonomy.parent")}</th>
                  <th scope="col">{t("taxonomy.offers")}</th>
                </tr>
              </thead>
              <tbody>
                {terms.map((term) => (
                  <tr key={term.id}>
                    <th scope="row">
                      <Link prefetch={false} href={`/admin/taxonomy/${term.id}`}>
                        {term.name}
                      </Link>
                    </th>
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
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
