// GET /api/hsds/taxonomies/{id} — one of the two taxonomies.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseRecordQuery } from "@/lib/hsds/api/query";
import { getTaxonomy } from "@/lib/hsds/api/read-taxonomies";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return respond(request, async () => getTaxonomy(id, parseRecordQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
