// GET /api/programmes/{slug}/calendar?locale=ar — a programme's weekly times as an iCalendar feed to
// subscribe to (webcal:// works with the same address).
import { NextRequest } from "next/server";
import { publicOrigin } from "@/lib/http/public-origin";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { programmeCalendar } from "@/lib/programmes/calendar";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const requested = request.nextUrl.searchParams.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  const calendar = await programmeCalendar(slug, locale, publicOrigin());
  if (!calendar) return new Response("Not found", { status: 404 });
  return new Response(calendar.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${calendar.filename}"`,
      "Cache-Control": "public, max-age=900",
    },
  });
}
