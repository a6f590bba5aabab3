import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RecordHeader } from "@/components/admin/record-header";
import { UserForm } from "@/components/admin/users/user-form";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { organisationChoices } from "@/lib/organisations/editing";
import { newUserValues } from "@/lib/users/editing";
import { createUserAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.users" });
  return { title: t("new") };
}

export default async function NewUserPage() {
  await requireUser("user.manage", "/admin/users/new");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <div className="stack">
      <RecordHeader back={{ href: "/admin/users", label: t("form.back") }} title={t("users.new")}>
        <p>{t("users.newLead")}</p>
      </RecordHeader>
      <UserForm
        locale={locale}
        action={createUserAction}
        initial={newUserValues}
        organisations={await organisationChoices()}
      />
    </div>
  );
}
