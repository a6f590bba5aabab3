import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSection } from "@/components/admin/delete-section";
import { editing } from "@/components/admin/form/record-form-props";
import { RecordHeader } from "@/components/admin/record-header";
import { GlossaryForm } from "@/components/admin/translations/glossary-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { glossaryEntryForEditing } from "@/lib/translations/glossary";
import { deleteGlossaryAction, updateGlossaryAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ delete?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.glossary" });
  return { title: t("edit") };
}

export default async function GlossaryEntryPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("glossary.manage", `/admin/translations/glossary/${id}`);
  const [found, locale, query] = await Promise.all([glossaryEntryForEditing(id), adminLocale(), searchParams]);
  if (!found) notFound();
  const t = await getTranslations({ locale, namespace: "admin" });
  const error = query.error ? (t.has(`form.errors.${query.error}`) ? t(`form.errors.${query.error}`) : t("form.errors.invalid")) : null;
  const { record } = found;
  return (
    <div className="stack">
      <RecordHeader back={{ href: "/admin/translations/glossary", label: t("form.back") }} title={record.source} notice={null} />
      <div className="meta-row">
        <Link prefetch={false} href={`/admin/audit?entityType=GlossaryEntry&entityId=${encodeURIComponent(record.id)}`}>
          {t("glossary.history")}
        </Link>
      </div>
      <GlossaryForm locale={locale} action={updateGlossaryAction} {...editing(found)} />
      <DeleteSection
        title={t("glossary.delete")}
        error={error}
        href={`/admin/translations/glossary/${record.id}`}
        confirming={!!query.delete}
        action={deleteGlossaryAction}
        fields={{ id: record.id, version: record.version }}
        question={t("glossary.deleteConfirm", { name: record.source })}
        yes={t("glossary.deleteYes")}
        cancel={t("glossary.cancel")}
      />
    </div>
  );
}
