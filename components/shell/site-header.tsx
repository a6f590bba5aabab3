import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations("shell");
  const nav = [
    { href: "/offers", label: t("nav.offers") },
    { href: "/programmes", label: t("nav.programmes") },
    { href: "/organisations", label: t("nav.organisations") },
    { href: "/institutions", label: t("nav.institutions") },
    { href: "/saved", label: t("nav.saved") },
  ] as const;

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand" locale={locale}>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="32" height="32" className="brand__mark">
            <path d="M16 2 4 8v2h24V8L16 2Zm-9 10v12h3V12H7Zm7 0v12h4V12h-4Zm8 0v12h3V12h-3ZM4 26v4h24v-4H4Z" fill="currentColor" />
          </svg>
          <span>
            <span className="brand__name">{t("siteName")}</span>
            <span className="brand__tagline">{t("tagline")}</span>
          </span>
        </Link>
        <LanguageSwitch current={locale} label={t("languageSwitch")} />
      </div>
      <nav aria-label={t("mainNav")} className="main-nav">
        <ul>
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
