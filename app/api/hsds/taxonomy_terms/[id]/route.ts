// GET /api/hsds/taxonomy_terms/{id} — one category or audience, with its taxonomy.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseRecordQuery } from "@/lib/hsds/api/query";
import { getTaxonomyTerm } from "@/lib/hsds/api/read-taxonomies";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return respond(request, async () => getTaxonomyTerm(id, parseRecordQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
