// Where a translation job stands, for the bulk button to poll. Staff only.
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { handled } from "@/lib/http/errors";
import { AppError } from "@/lib/mutation/errors";
import { translationJobView } from "@/lib/translations/jobs/read";

export const GET = handled(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!can(actor, "translation.machine")) throw new AppError("FORBIDDEN");
  const job = await translationJobView((await params).id);
  if (!job) throw new AppError("NOT_FOUND");
  return Response.json(job, { headers: { "Cache-Control": "no-store" } });
});
