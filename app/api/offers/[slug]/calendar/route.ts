// GET /api/offers/{slug}/calendar?locale=tr — the offer's weekly times as an iCalendar file.
import { NextRequest } from "next/server";
import { publicOrigin } from "@/lib/http/public-origin";
import { handled } from "@/lib/http/errors";
import { AppError } from "@/lib/mutation/errors";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { offerCalendar } from "@/lib/offers/calendar";

async function get(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  const calendar = await offerCalendar(slug, locale, publicOrigin());
  if (!calendar) throw new AppError("NOT_FOUND");
  return new Response(calendar.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendar.filename}"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}

export const GET = handled(get);
