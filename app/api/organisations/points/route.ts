// GET /api/organisations/points?type=…&district=… — the partners' addresses as compact [lat, lng]
// pairs for the clustered map; ids[i] is the slug of the partner at points[i].
import { NextRequest } from "next/server";
import { parseDirectoryFilter } from "@/lib/organisations/directory-filter";
import { listOrganisationPoints } from "@/lib/organisations/map";

const round = (value: number) => Math.round(value * 1e5) / 1e5;

export async function GET(request: NextRequest) {
  const { type, district } = parseDirectoryFilter(request.nextUrl.searchParams);
  const rows = await listOrganisationPoints({ type, district });
  return Response.json(
    { ids: rows.map((r) => r.slug), points: rows.map((r) => [round(r.lat), round(r.lng)]) },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
}
