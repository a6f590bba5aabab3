import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RecordHeader } from "@/components/admin/record-header";
import { RelationshipForm } from "@/components/admin/relationships/relationship-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { newRelationshipValues, relationshipProgrammeChoices } from "@/lib/relationships/editing";
import { createRelationshipAction } from "../actions";

type Props = { searchParams: Promise<{ fromId?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.relationships" });
  return { title: t("new") };
}

export default async function NewRelationshipPage({ searchParams }: Props) {
  await requireUser("relationship.manage", "/admin/relationships/new");
  const { fromId } = await searchParams;
  const [organisations, programmes, locale] = await Promise.all([
    organisationChoices(),
    relationshipProgrammeChoices(),
    adminLocale(),
  ]);
  const t = await getTranslations({ locale, namespace: "admin" });
  // Coming from an organisation's page, the list leads back to its relationships.
  const back = fromId ? `/admin/relationships?organizationId=${encodeURIComponent(fromId)}` : "/admin/relationships";
  return (
    <div className="stack">
      <RecordHeader back={{ href: back, label: t("form.back") }} title={t("relationships.new")}>
        <p>{t("relationships.newLead")}</p>
      </RecordHeader>
      <RelationshipForm
        locale={locale}
        action={createRelationshipAction}
        initial={newRelationshipValues(organisations.some((o) => o.id === fromId) ? fromId : null)}
        organisations={organisations}
        programmes={programmes}
      />
    </div>
  );
}
