// GET /api/offers/cards?ids=a,b&locale=fa — titles and providers for map popups.
import { NextRequest } from "next/server";
import { localeHref } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { getOfferCards } from "@/lib/offers/queries";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = isLocale(params.get("locale")) ? (params.get("locale") as typeof defaultLocale) : defaultLocale;
  const ids = (params.get("ids") ?? "").split(",").filter(Boolean);
  const offers = await getOfferCards(ids, locale);
  return Response.json({
    offers: offers.map((o) => ({
      id: o.id,
      href: localeHref(locale, `/offers/${o.slug}`),
      title: o.title,
      textLocale: o.textLocale,
      provider: o.provider.name,
      district: o.district?.name ?? null,
    })),
  });
}
