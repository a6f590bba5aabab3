import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSection } from "@/components/admin/delete-section";
import { editing } from "@/components/admin/form/record-form-props";
import { RecordHeader } from "@/components/admin/record-header";
import { RelationshipForm } from "@/components/admin/relationships/relationship-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { relationshipForEditing, relationshipProgrammeChoices } from "@/lib/relationships/editing";
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
  const found = await relationshipForEditing(id);
  if (!found) notFound();
  const [choices, programmes, locale] = await Promise.all([
    organisationChoices({}, [found.record.from.id, found.record.to.id]),
    relationshipProgrammeChoices(),
    adminLocale(),
  ]);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "admin" });
  const { record } = found;
  const error = query.error
    ? t.has(`form.errors.${query.error}`)
      ? t(`form.errors.${query.error}`)
      : t("form.errors.invalid")
    : null;

  return (
    <div className="stack">
      <RecordHeader
        back={{
          href: `/admin/relationships?organizationId=${encodeURIComponent(record.fromId)}`,
          label: t("form.back"),
        }}
        title={`${record.from.name} – ${t(`relationships.types.${record.type}`)} – ${record.to.name}`}
        notice={query.created ? t("form.created") : null}
      />
      <div className="meta-row">
        <Link prefetch={false} href={`/admin/organisations/${record.from.id}`}>
          {record.from.name}
        </Link>
        <Link prefetch={false} href={`/admin/organisations/${record.to.id}`}>
          {record.to.name}
        </Link>
        <Link prefetch={false} href={`/admin/history/relationships/${encodeURIComponent(record.id)}`}>
          {t("relationships.history")}
        </Link>
      </div>
      <RelationshipForm
        locale={locale}
        action={updateRelationshipAction}
        {...editing(found)}
        organisations={choices}
        programmes={programmes}
      />
      <DeleteSection
        title={t("relationships.delete")}
        lead={t("relationships.deleteLead")}
        error={error}
        href={`/admin/relationships/${record.id}`}
        confirming={!!query.delete}
        action={deleteRelationshipAction}
        fields={{ id: record.id, version: record.version }}
        question={t("relationships.deleteConfirm")}
        yes={t("relationships.deleteYes")}
        cancel={t("relationships.cancel")}
      />
    </div>
  );
}
