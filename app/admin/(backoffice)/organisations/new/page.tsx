import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/admin/organisations/organisation-form";
import { RecordHeader } from "@/components/admin/record-header";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { newOrganisationValues, organisationChoices } from "@/lib/organisations/editing";
import { createOrganisationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.organisations" });
  return { title: t("new") };
}

export default async function NewOrganisationPage() {
  await requireUser("organisation.create", "/admin/organisations/new");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="stack">
      <RecordHeader back={{ href: "/admin/organisations", label: t("form.back") }} title={t("organisations.new")}>
        <p>{t("organisations.newLead")}</p>
      </RecordHeader>
      <OrganisationForm
        locale={locale}
        action={createOrganisationAction}
        initial={newOrganisationValues}
        parents={await organisationChoices()}
      />
    </div>
  );
}
