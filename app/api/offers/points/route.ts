// GET /api/offers/points?…filters — every matching offer location as compact [lat, lng] pairs for
// the clustered map: ids and coordinates only, so 20,000 results stay a small download.
import { NextRequest } from "next/server";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { parseOfferFilter } from "@/lib/offers/filter";
import { listOfferPoints } from "@/lib/offers/listing";

const round = (value: number) => Math.round(value * 1e5) / 1e5;

export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const locale = isLocale(params.locale) ? params.locale : defaultLocale;
  const rows = await listOfferPoints(parseOfferFilter(params), locale);
  return Response.json(
    { ids: rows.map((r) => r.id), points: rows.map((r) => [round(r.lat), round(r.lng)]) },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
