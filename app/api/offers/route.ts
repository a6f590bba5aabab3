// GET /api/offers?q=…&category=…&locale=ar — the offer search as JSON (same filters as the page).
import { NextRequest } from "next/server";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { parseOfferFilter } from "@/lib/offers/filter";
import { findOffers } from "@/lib/offers/queries";

export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const locale = isLocale(params.locale) ? params.locale : defaultLocale;
  const results = await findOffers(parseOfferFilter(params), locale);
  return Response.json(results, { headers: { "Cache-Control": "public, max-age=60" } });
}
