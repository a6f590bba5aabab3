// GET /api/hsds/organizations/{id} — one published organisation, fully nested (full_service=true nests its services fully).
import { preflight, respond } from "@/lib/hsds/api/http";
import { parseRecordQuery } from "@/lib/hsds/api/query";
import { getOrganization } from "@/lib/hsds/api/read-organizations";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  return respond(request, async () => getOrganization(id, parseRecordQuery(new URL(request.url).searchParams)));
}

export const HEAD = GET;
export const OPTIONS = preflight;
