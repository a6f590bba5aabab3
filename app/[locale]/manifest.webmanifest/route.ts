// GET /{locale}/manifest.webmanifest: what a phone needs to install Wegweiser, one per language so
// that the installed app is named and opens in the reader's language.
import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { directionOf, locales } from "@/lib/i18n/locales";
import { localeParam } from "@/lib/i18n/params";

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const t = await getTranslations({ locale, namespace: "meta" });
  const manifest: MetadataRoute.Manifest & { dir: "ltr" | "rtl" } = {
    id: `/${locale}`,
    name: t("title"),
    short_name: t("shortName"),
    description: t("description"),
    lang: locale,
    dir: directionOf(locale),
    start_url: `/${locale}`,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5c63",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { "Content-Type": "application/manifest+json; charset=utf-8" } });
}
