import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageProgressCard } from "@/components/admin/translations/language-progress";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { languageName } from "@/lib/i18n/language-names";
import { translationProgress } from "@/lib/translations/progress";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.translations" });
  return { title: t("title") };
}

export default async function TranslationsPage() {
  const user = await requireUser("translation.read", "/admin/translations");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.translations" });
  // Translators see the languages they translate into; staff every language.
  const languages = (await translationProgress()).filter((p) => can(user, "translation.read", { locale: p.locale }));
  return (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      {languages.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="language-progress-list">
        {languages.map((progress) => (
          <li key={progress.locale}>
            <LanguageProgressCard progress={progress} name={languageName(progress.locale, locale)} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  );
}
