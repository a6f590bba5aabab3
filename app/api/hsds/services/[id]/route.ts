// GET /api/hsds/services/{id} — one published offer as a fully nested HSDS service.
import { preflight, respond } from "@/lib/hsds/http";
import { parseRecordQuery } from "@/lib/hsds/query";
import { getService } from "@/lib/hsds/read-services";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return respond(request, async () => getService(id, parseRecordQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
