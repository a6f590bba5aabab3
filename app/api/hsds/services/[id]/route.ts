// GET /api/hsds/services/{id} — one published offer as a fully nested HSDS service.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseRecordQuery } from "@/lib/hsds/api/query";
import { getService } from "@/lib/hsds/api/read-services";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return respond(request, async () => getService(id, parseRecordQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
