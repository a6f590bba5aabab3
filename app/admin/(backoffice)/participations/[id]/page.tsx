import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteSection } from "@/components/admin/delete-section";
import { editing } from "@/components/admin/form/record-form-props";
import { ParticipationForm } from "@/components/admin/programmes/participation-form";
import { RecordHeader } from "@/components/admin/record-header";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { participationForEditing, participationLocationChoices } from "@/lib/programmes/participations";
import { deleteParticipationAction, updateParticipationAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; delete?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await participationForEditing((await params).id);
  return { title: found ? `${found.record.organization.name} · ${found.record.programmeName}` : "–" };
}

export default async function ParticipationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireUser("participation.manage", `/admin/participations/${id}`);
  const found = await participationForEditing(id);
  if (!found) notFound();
  const [organisations, locations, locale] = await Promise.all([
    organisationChoices({}, [found.record.organizationId]),
    participationLocationChoices(),
    adminLocale(),
  ]);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "admin" });
  const { record } = found;
  const error = query.error && t.has(`form.errors.${query.error}`) ? t(`form.errors.${query.error}`) : null;

  return (
    <div className="stack">
      <RecordHeader
        back={{ href: `/admin/programmes/${record.programmeId}`, label: record.programmeName }}
        title={t("participations.heading", { organisation: record.organization.name, programme: record.programmeName })}
        notice={query.created ? t("form.created") : null}
      />
      <div className="meta-row">
        <Link prefetch={false} href={`/admin/history/participations/${record.id}`}>
          {t("history.link")}
        </Link>
      </div>
      <ParticipationForm
        locale={locale}
        action={updateParticipationAction}
        {...editing(found)}
        organisations={organisations}
        locations={locations}
      />
      <DeleteSection
        title={t("participations.delete.title")}
        lead={t("participations.delete.explain")}
        error={error}
        href={`/admin/participations/${record.id}`}
        confirming={!!query.delete}
        action={deleteParticipationAction}
        fields={{ id: record.id, version: record.version }}
        question={t("participations.delete.question")}
        yes={t("participations.delete.confirm")}
        cancel={t("participations.delete.cancel")}
        startButton={t("participations.delete.start")}
      />
    </div>
  );
}
