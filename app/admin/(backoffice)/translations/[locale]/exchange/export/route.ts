// The export of one language for a translation agency, streamed as it is read (lib/translations/exchange/export.ts).
import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/policy";
import { currentActor } from "@/lib/auth/session";
import { handled } from "@/lib/http/errors";
import { AppError } from "@/lib/mutation/errors";
import { exportFileName, exportStream, type ExportRequest } from "@/lib/translations/exchange/export";
import { exchangeResource } from "@/lib/translations/exchange/import";
import { exportRequestOf } from "@/lib/translations/exchange/request";

export const GET = handled(async (request: NextRequest, { params }: { params: Promise<{ locale: string }> }) => {
  const parsed = exportRequestOf((await params).locale, request.nextUrl.searchParams);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  const exportRequest = parsed.data as ExportRequest;
  const actor = await currentActor();
  if (!can(actor, "translation.exchange", exchangeResource(exportRequest.locale)))
    throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
  const type = exportRequest.format === "xliff" ? "application/xliff+xml" : "text/csv";
  return new Response(exportStream(exportRequest), {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${exportFileName(exportRequest)}"`,
      "Cache-Control": "no-store",
    },
  });
});
