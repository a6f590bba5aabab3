// GET /api/hsds/service_at_locations/{id} — one offer at one place, with its location and service.
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseRecordQuery } from "@/lib/hsds/api/query";
import { getServiceAtLocation } from "@/lib/hsds/api/read-service-at-locations";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return respond(request, async () => getServiceAtLocation(id, parseRecordQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
