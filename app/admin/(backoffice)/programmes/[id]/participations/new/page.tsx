import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ParticipationForm } from "@/components/admin/programmes/participation-form";
import { RecordHeader } from "@/components/admin/record-header";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { programmeName } from "@/lib/programmes/editing";
import { newParticipationValues, participationLocationChoices } from "@/lib/programmes/participations";
import { createParticipationAction } from "../../../../participations/actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.participations" });
  return { title: t("new") };
}

export default async function NewParticipationPage({ params }: Props) {
  const { id } = await params;
  await requireUser("participation.manage", `/admin/programmes/${id}/participations/new`);
  const [name, organisations, locations, locale] = await Promise.all([
    programmeName(id),
    organisationChoices(),
    participationLocationChoices(),
    adminLocale(),
  ]);
  if (!name) notFound();
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="stack">
      <RecordHeader back={{ href: `/admin/programmes/${id}`, label: name }} title={t("participations.new")}>
        <p>{t("participations.newLead", { programme: name })}</p>
      </RecordHeader>
      <ParticipationForm
        locale={locale}
        action={createParticipationAction}
        initial={newParticipationValues}
        hidden={{ programmeId: id }}
        organisations={organisations}
        locations={locations}
      />
    </div>
  );
}
