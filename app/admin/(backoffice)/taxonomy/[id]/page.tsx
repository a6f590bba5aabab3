import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSection } from "@/components/admin/delete-section";
import { editing } from "@/components/admin/form/record-form-props";
import { RecordHeader } from "@/components/admin/record-header";
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
  const { record, counts } = found;
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
      <RecordHeader
        back={{ href: "/admin/taxonomy", label: t("form.back") }}
        title={record.name}
        notice={query.created ? t("form.created") : null}
      >
        <p className="muted">{t(`taxonomy.kinds.${record.taxonomy}`)}</p>
      </RecordHeader>
      <div className="meta-row">
        <span>{t("taxonomy.usedBy", { count: counts.offers })}</span>
        <Link prefetch={false} href={`/admin/audit?entityType=TaxonomyTerm&entityId=${encodeURIComponent(record.id)}`}>
          {t("taxonomy.history")}
        </Link>
      </div>
      <TermForm locale={locale} action={updateTermAction} {...editing(found)} parents={parents} />
      <DeleteSection
        title={t("taxonomy.delete")}
        lead={inUse || query.delete ? undefined : t("taxonomy.deleteLead")}
        error={error}
        href={`/admin/taxonomy/${record.id}`}
        confirming={!!query.delete}
        action={deleteTermAction}
        fields={{ id: record.id }}
        question={t("taxonomy.deleteConfirm", { name: record.name })}
        yes={t("taxonomy.deleteYes")}
        cancel={t("taxonomy.cancel")}
        blocked={
          inUse ? (
            <>
              {counts.offers > 0 ? <p>{t("taxonomy.inUse", { count: counts.offers })}</p> : null}
              {counts.children > 0 ? <p>{t("taxonomy.hasChildren", { count: counts.children })}</p> : null}
            </>
          ) : null
        }
      />
    </div>
  );
}
