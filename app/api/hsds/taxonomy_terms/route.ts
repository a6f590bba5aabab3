// GET /api/hsds/taxonomy_terms — the categories and audiences, paged.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseTaxonomyTermQuery } from "@/lib/hsds/api/query";
import { listTaxonomyTerms } from "@/lib/hsds/api/read-taxonomies";

export function GET(request: Request) {
  return respond(request, async () => listTaxonomyTerms(parseTaxonomyTermQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
