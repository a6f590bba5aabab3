// Where an import job stands, for the data page to poll: its phase and counts while it runs, one
// page of its report once it has finished (`?page=2&filter=reject`). Only the job's own user sees it.
import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { handled } from "@/lib/http/errors";
import { importJobView } from "@/lib/hsds/import/job/queue";
import { reportQuery } from "@/lib/hsds/import/report-page";
import { AppError } from "@/lib/mutation/errors";

export const GET = handled(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const search = request.nextUrl.searchParams;
  const job = await importJobView((await params).id, actor, reportQuery(search.get("page"), search.get("filter")));
  if (!job) throw new AppError("NOT_FOUND");
  return Response.json(job, { headers: { "Cache-Control": "no-store" } });
});
