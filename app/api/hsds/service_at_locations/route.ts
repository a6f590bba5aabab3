// GET /api/hsds/service_at_locations — each published offer at each of its places, paged, with the service filters.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseServiceAtLocationQuery } from "@/lib/hsds/api/query";
import { listServiceAtLocations } from "@/lib/hsds/api/read-service-at-locations";

export function GET(request: Request) {
  return respond(request, async () =>
    listServiceAtLocations(parseServiceAtLocationQuery(new URL(request.url).searchParams)),
  );
}

export const HEAD = GET;
export const OPTIONS = preflight;
