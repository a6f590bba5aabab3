// GET /api/hsds/openapi.json — the HSDS 3.0 OpenAPI document this API implements, with its limits.
import { cacheable, preflight } from "@/lib/hsds/api/http";
import { openApiDocument } from "@/lib/hsds/api/openapi";

export async function GET(request: Request) {
  return cacheable(request, await openApiDocument());
}

export const HEAD = GET;
export const OPTIONS = preflight;
