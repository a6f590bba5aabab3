// Route handlers answer failures through one mapper: a missing record is a 404 with a JSON body,
// whichever handler it comes from.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as offerCalendar from "@/app/api/offers/[slug]/calendar/route";
import * as programmeCalendar from "@/app/api/programmes/[slug]/calendar/route";

const ask = (path: string) => new NextRequest(new URL(path, "http://localhost"));

describe("route handlers' failures", () => {
  it("answer 404 with a JSON body for a calendar nobody has", async () => {
    for (const [route, path] of [
      [offerCalendar, "/api/offers/gibt-es-nicht/calendar"],
      [programmeCalendar, "/api/programmes/gibt-es-nicht/calendar"],
    ] as const) {
      const response = await route.GET(ask(path), { params: Promise.resolve({ slug: "gibt-es-nicht" }) });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: "not_found" });
    }
  });
});
