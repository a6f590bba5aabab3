// The committee report as a PDF made on the server, or its figures as CSV, for the period in the address.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { canSome } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { handled } from "@/lib/http/errors";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { AppError } from "@/lib/mutation/errors";
import { reportCsv } from "@/lib/report/csv";
import { loadReport } from "@/lib/report/load";
import { formatDay } from "@/lib/network/filter";
import { reportPdf } from "@/lib/report/pdf";
import { reportTranslator } from "@/lib/report/tables";

const query = z.object({ format: z.enum(["pdf", "csv"]) });

async function get(request: NextRequest) {
  const actor = await currentActor();
  if (!canSome(actor, "report.read")) throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
  const params = Object.fromEntries(request.nextUrl.searchParams);
  const { format } = query.parse(params);
  const locale = await adminLocale();
  const loaded = await loadReport(params, locale);
  const { from, to } = loaded.report.period.current;
  const file = `${locale === "de" ? "bericht" : "report"}-${formatDay(from)}-${formatDay(to)}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "no-store" };
  if (format === "csv") {
    // A byte-order mark lets spreadsheet programs read the umlauts as UTF-8.
    const body = `\uFEFF${reportCsv(loaded.tables, reportTranslator(locale))}`;
    return new NextResponse(body, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const pdf = await reportPdf(loaded);
  return new NextResponse(new Uint8Array(pdf), { headers: { ...headers, "Content-Type": "application/pdf" } });
}

export const GET = handled(get);
