// GET /api/hsds/taxonomies — Wegweiser's two taxonomies, categories and audiences.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseTaxonomyQuery } from "@/lib/hsds/api/query";
import { listTaxonomies } from "@/lib/hsds/api/read-taxonomies";

export function GET(request: Request) {
  return respond(request, async () => listTaxonomies(parseTaxonomyQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
