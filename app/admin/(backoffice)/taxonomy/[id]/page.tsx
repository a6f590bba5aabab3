import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TermForm } from "@/components/admin/taxonomy/term-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { termForEditing, termParentChoices } from "@/lib/taxonomy/editing";
import { deleteTermAction, updateTermAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; delete?: string; error?: string }>;
};

// The title names nothing: it is worked out before the page checks who is asking.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.taxonomy" });
  return { title: t("edit") };
}

export default async function TermPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("taxonomy.manage", `/admin/taxonomy/${id}`);
  const [found, locale] = await Promise.all([termForEditing(id), adminLocale()]);
  if (!found) notFound();
  const { record, values, counts } = found;
  const parents = await termParentChoices(record.taxonomy, record.id);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "admin" });
  // A term in use cannot be deleted; the generic "archive it instead" does not apply to terms.
  const error =
    query.error === "in_use"
      ? t("taxonomy.stillInUse")
      : query.error
        ? t.has(`form.errors.${query.error}`)
          ? t(`form.errors.${query.error}`)
          : t("form.errors.invalid")
        : null;
  const inUse = counts.offers > 0 || counts.children > 0;

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href="/admin/taxonomy">
          {t("form.back")}
        </Link>
      </p>
      <h1>{record.name}</h1>
      <p className="muted">{t(`taxonomy.kinds.${record.taxonomy}`)}</p>
      {query.created ? (
        <p role="status" className="saved">
          {t("form.created")}
        </p>
      ) : null}
      <div className="meta-row">
        <span>{t("taxonomy.usedBy", { count: counts.offers })}</span>
        <Link prefetch={false} href={`/admin/audit?entityType=TaxonomyTerm&entityId=${encodeURIComponent(record.id)}`}>
          {t("taxonomy.history")}
        </Link>
      </div>
      <TermForm
        locale={locale}
        action={updateTermAction}
        initial={values}
        record={{ id: record.id, version: record.version }}
        parents={parents}
      />
      <section className="card stack" aria-labelledby="delete">
        <h2 id="delete">{t("taxonomy.delete")}</h2>
        {error ? (
          <p className="error-summary" role="alert">
            {error}
          </p>
        ) : null}
        {inUse ? (
          <>
            {counts.offers > 0 ? <p>{t("taxonomy.inUse", { count: counts.offers })}</p> : null}
            {counts.children > 0 ? <p>{t("taxonomy.hasChildren", { count: counts.children })}</p> : null}
          </>
        ) : query.delete ? (
          <form action={deleteTermAction} className="stack">
            <input type="hidden" name="id" value={record.id} />
            <p>
              <strong>{t("taxonomy.deleteConfirm", { name: record.name })}</strong>
            </p>
            <div className="meta-row">
              <button className="button" type="submit">
                {t("taxonomy.deleteYes")}
              </button>
              <Link prefetch={false} href={`/admin/taxonomy/${record.id}`}>
                {t("taxonomy.cancel")}
              </Link>
            </div>
          </form>
        ) : (
          <>
            <p>{t("taxonomy.deleteLead")}</p>
            <p>
              <Link
                prefetch={false}
                className="button button--secondary"
                href={`/admin/taxonomy/${record.id}?delete=1#delete`}
              >
                {t("taxonomy.delete")}
              </Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
