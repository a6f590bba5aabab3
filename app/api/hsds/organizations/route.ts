// GET /api/hsds/organizations — published organisations as HSDS organizations, paged.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseOrganizationQuery } from "@/lib/hsds/api/query";
import { listOrganizations } from "@/lib/hsds/api/read-organizations";

export function GET(request: Request) {
  return respond(request, async () => listOrganizations(parseOrganizationQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
