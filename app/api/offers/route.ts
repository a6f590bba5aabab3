// GET /api/offers?q=…&category=…&locale=ar — the offer search as JSON (same filters as the page).
import { NextRequest } from "next/server";
import { searchApiCacheControl, searchApiResults } from "@/lib/offers/search-api";

export async function GET(request: NextRequest) {
  const results = await searchApiResults(request.nextUrl.searchParams);
  return Response.json(results, { headers: { "Cache-Control": searchApiCacheControl } });
}
