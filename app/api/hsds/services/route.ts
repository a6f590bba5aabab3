// GET /api/hsds/services — published offers as HSDS services, paged, with the standard filters.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseServiceQuery } from "@/lib/hsds/api/query";
import { listServices } from "@/lib/hsds/api/read-services";

export function GET(request: Request) {
  return respond(request, async () => listServices(parseServiceQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
