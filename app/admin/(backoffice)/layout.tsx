import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "@/components/admin/logout-button";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requireUser } from "@/lib/auth/session";

export default async function BackofficeLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("backoffice.enter", "/admin");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <a className="skip-link" href="#main">
        {locale === "de" ? "Zum Inhalt springen" : "Skip to content"}
      </a>
      <header className="admin-header">
        <div className="admin-header__inner">
          <nav aria-label={t("nav.label")} className="admin-nav">
            <ul>
              <li>
                <Link prefetch={false} href="/admin">{t("nav.dashboard")}</Link>
              </li>
              {user.role !== "editor" ? (
                <li>
                  <Link prefetch={false} href="/admin/inquiries">{t("nav.inquiries")}</Link>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="admin-user">
            <span>
              {t("nav.signedInAs", { name: user.name })} ({t(`roles.${user.role}`)})
            </span>
            <Link prefetch={false} href={`/admin/language?to=${locale === "de" ? "en" : "de"}`} hrefLang={locale === "de" ? "en" : "de"}>
              {t("nav.language")}
            </Link>
            <a href={`/${locale}`}>{t("nav.publicSite")}</a>
            <LogoutButton label={t("nav.logout")} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
