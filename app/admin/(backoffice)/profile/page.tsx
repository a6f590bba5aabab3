import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { languageName } from "@/lib/i18n/language-names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.profile" });
  return { title: t("title") };
}

// The signed-in person's own account as the back office knows it; administrators change it.
export default async function ProfilePage() {
  const user = await requireUser("profile.read", "/admin/profile");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  const languages = user.languages ?? [];
  return (
    <div className="stack">
      <h1>{t("profile.title")}</h1>
      <dl className="card stack">
        <div>
          <dt>{t("profile.name")}</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>{t("profile.email")}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t("profile.role")}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </div>
        {user.role === "translator" ? (
          <div>
            <dt>{t("profile.languages")}</dt>
            <dd>{languages.length ? languages.map((l) => languageName(l, locale)).join(", ") : t("profile.none")}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t("profile.password")}</p>
    </div>
  );
}
