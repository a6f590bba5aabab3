import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LanguageLink } from "@/components/admin/language-link";
import { LogoutButton } from "@/components/admin/logout-button";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { requireUser } from "@/lib/auth/session";
import { canSome, type Action } from "@/lib/auth/policy";

// The sections in the order of a coordinator's day; each shows only to those it admits.
const sections: Array<{ href: string; label: string; action: Action }> = [
  { href: "/admin/inquiries", label: "inquiries", action: "inquiry.read" },
  { href: "/admin/review", label: "review", action: "review.read" },
  { href: "/admin/offers", label: "offers", action: "offer.read" },
  { href: "/admin/organisations", label: "organisations", action: "organisation.update" },
  { href: "/admin/programmes", label: "programmes", action: "programme.update" },
  { href: "/admin/relationships", label: "relationships", action: "relationship.manage" },
  { href: "/admin/coverage", label: "coverage", action: "network.read" },
  { href: "/admin/network", label: "network", action: "network.read" },
  { href: "/admin/report", label: "report", action: "report.read" },
  { href: "/admin/taxonomy", label: "taxonomy", action: "taxonomy.manage" },
  { href: "/admin/translations/machine", label: "machineTranslation", action: "glossary.manage" },
  { href: "/admin/synonyms", label: "synonyms", action: "taxonomy.manage" },
  { href: "/admin/data", label: "data", action: "data.import" },
  { href: "/admin/users", label: "users", action: "user.manage" },
  { href: "/admin/audit", label: "audit", action: "audit.read" },
  { href: "/admin/translations", label: "translations", action: "translation.read" },
  { href: "/admin/profile", label: "profile", action: "profile.read" },
];

export default async function BackofficeLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("backoffice.enter", "/admin");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin" });
  // Client parts of the back office (forms, pickers) read their strings from here.
  const messages = (await getMessages({ locale })) as Record<string, unknown>;
  return (
    <>
      <a className="skip-link" href="#main">
        {locale === "de" ? "Zum Inhalt springen" : "Skip to content"}
      </a>
      <header className="admin-header">
        <div className="admin-header__inner">
          <nav aria-label={t("nav.label")} className="admin-nav">
            <ul>
              {canSome(user, "dashboard.read") ? (
                <li>
                  <Link prefetch={false} href="/admin">{t("nav.dashboard")}</Link>
                </li>
              ) : null}
              {sections
                .filter((section) => canSome(user, section.action))
                .map((section) => (
                  <li key={section.href}>
                    <Link prefetch={false} href={section.href}>
                      {t(`nav.${section.label}`)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
          <div className="admin-user">
            <span>
              {t("nav.signedInAs", { name: user.name })} ({t(`roles.${user.role}`)})
            </span>
            <Suspense>
              <LanguageLink to={locale === "de" ? "en" : "de"} label={t("nav.language")} />
            </Suspense>
            <a href={`/${locale}`}>{t("nav.publicSite")}</a>
            <LogoutButton label={t("nav.logout")} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <NextIntlClientProvider locale={locale} messages={{ admin: messages.admin }} timeZone="Europe/Berlin">
          {children}
        </NextIntlClientProvider>
      </main>
    </>
  );
}
