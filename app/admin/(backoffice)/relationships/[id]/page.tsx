import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RelationshipForm } from "@/components/admin/relationships/relationship-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { relationshipForEditing, relationshipProgrammeChoices } from "@/lib/relationships";
import { deleteRelationshipAction, updateRelationshipAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; delete?: string; error?: string }>;
};

// The title names no one: it is worked out before the page checks who is asking.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.relationships" });
  return { title: t("edit") };
}

export default async function RelationshipPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("relationship.manage", `/admin/relationships/${id}`);
  const [found, organisations, programmes, locale] = await Promise.all([
    relationshipForEditing(id),
    organisationChoices(),
    relationshipProgrammeChoices(),
    adminLocale(),
  ]);
  if (!found) notFound();
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "admin" });
  const { record, values } = found;
  // An end may be archived meanwhile; it stays choosable so that a save keeps it.
  const ends = [record.from, record.to].filter((end) => !organisations.some((o) => o.id === end.id));
  const choices = ends.length ? [...organisations, ...ends] : organisations;
  const error = query.error
    ? t.has(`form.errors.${query.error}`)
      ? t(`form.errors.${query.error}`)
      : t("form.errors.invalid")
    : null;

  return (
    <div className="stack">
      <p>
        <Link prefetch={false} href={`/admin/relationships?organizationId=${encodeURIComponent(record.fromId)}`}>
          {t("form.back")}
        </Link>
      </p>
      <h1>
        {record.from.name} – {t(`relationships.types.${record.type}`)} – {record.to.name}
      </h1>
      {query.created ? (
        <p role="status" className="saved">
          {t("form.created")}
        </p>
      ) : null}
      <div className="meta-row">
        <Link prefetch={false} href={`/admin/organisations/${record.from.id}`}>
          {record.from.name}
        </Link>
        <Link prefetch={false} href={`/admin/organisations/${record.to.id}`}>
          {record.to.name}
        </Link>
        <Link prefetch={false} href={`/admin/audit?entityType=Relationship&entityId=${encodeURIComponent(record.id)}`}>
          {t("relationships.history")}
        </Link>
      </div>
      <RelationshipForm
        locale={locale}
        action={updateRelationshipAction}
        initial={values}
        record={{ id: record.id, version: record.version }}
        organisations={choices}
        programmes={programmes}
      />
      <section className="card stack" aria-labelledby="delete">
        <h2 id="delete">{t("relationships.delete")}</h2>
        {error ? (
          <p className="error-summary" role="alert">
            {error}
          </p>
        ) : null}
        <p>{t("relationships.deleteLead")}</p>
        {query.delete ? (
          <form action={deleteRelationshipAction} className="stack">
            <input type="hidden" name="id" value={record.id} />
            <input type="hidden" name="version" value={record.version} />
            <p>
              <strong>{t("relationships.deleteConfirm")}</strong>
            </p>
            <div className="meta-row">
              <button className="button" type="submit">
                {t("relationships.deleteYes")}
              </button>
              <Link prefetch={false} href={`/admin/relationships/${record.id}`}>
                {t("relationships.cancel")}
              </Link>
            </div>
          </form>
        ) : (
          <p>
            <Link
              prefetch={false}
              className="button button--secondary"
              href={`/admin/relationships/${record.id}?delete=1#delete`}
            >
              {t("relationships.delete")}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
