// GET /api/hsds — the root of the HSDS 3.0 read API: which HSDS version and profile it follows and
// where its OpenAPI document is.
import { preflight, respond } from "@/lib/hsds/api/http";
import { HSDS_PROFILE, HSDS_VERSION } from "@/lib/hsds/api/openapi";
import { publicUrl } from "@/lib/http/public-origin";

export function GET(request: Request) {
  const openapiUrl = publicUrl("/api/hsds/openapi.json").href;
  return respond(request, async () => ({
    body: { version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: openapiUrl },
    lastModified: null,
  }));
}

export const HEAD = GET;
export const OPTIONS = preflight;
