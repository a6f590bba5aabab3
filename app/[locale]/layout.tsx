import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ServiceWorker } from "@/components/offline/service-worker";
import { ErrorTextsProvider } from "@/components/shell/error-texts";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { directionOf, isLocale, locales } from "@/lib/i18n/locales";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: asked } = await params;
  const locale = isLocale(asked) ? asked : "de";
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    manifest: `/${locale}/manifest.webmanifest`,
    icons: { apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: t("shortName") },
    alternates: { languages: Object.fromEntries(locales.map((l) => [l, `/${l}`])) },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5c63" };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("shell");
  const tError = await getTranslations("error");

  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* Client components get their words as props: no message catalogue travels to the browser. */}
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          <ErrorTextsProvider texts={{ title: tError("title"), text: tError("text"), retry: tError("retry") }}>
            {children}
          </ErrorTextsProvider>
        </main>
        <SiteFooter />
        <ServiceWorker locale={locale} />
      </body>
    </html>
  );
}
