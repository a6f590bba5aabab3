// GET /api/organisations/cards?ids=slug-a,slug-b&locale=fa — names, kinds and offer counts of the
// partners behind a map pin, in the reader's language (at most 50 per request).
import { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { localeHref } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { getOrganisationCards } from "@/lib/organisations/directory";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = isLocale(params.get("locale")) ? (params.get("locale") as typeof defaultLocale) : defaultLocale;
  const slugs = (params.get("ids") ?? "").split(",").filter(Boolean);
  const [organisations, t, tTypes] = await Promise.all([
    getOrganisationCards(slugs),
    getTranslations({ locale, namespace: "organisations" }),
    getTranslations({ locale, namespace: "organisationTypes" }),
  ]);
  return Response.json(
    {
      organisations: organisations.map((o) => ({
        slug: o.slug,
        href: localeHref(locale, `/organisations/${o.slug}`),
        name: o.name,
        type: tTypes(o.type),
        offers: t("offers", { count: o.offerCount }),
      })),
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
