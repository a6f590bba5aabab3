// Behind a reverse proxy the app is reached at PUBLIC_URL, not at the address next start is bound
// to, and Host or X-Forwarded-* headers say whatever a client wants: calendar links, the HSDS root
// and the language switch's redirect name the public origin and nothing else.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedReferenceAndProgrammes } from "@/tests/support/seed";

const PUBLIC = "https://wegweiser.aachen.example";
process.env.PUBLIC_URL = PUBLIC;
process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";

/** A request as next start hands it on: request.url names the bind address; a client set the headers. */
const request = (path: string) =>
  new NextRequest(`http://0.0.0.0:3000${path}`, {
    headers: { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
  });
const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

beforeAll(async () => {
  await seedReferenceAndProgrammes();
  const griffbereit = await db.programme.findUniqueOrThrow({ where: { slug: "griffbereit" } });
  const org = await db.organization.create({ data: { slug: "fz-ost", name: "Familienzentrum Ost", type: "family_centre" } });
  await db.offer.create({
    data: {
      slug: "eltern-cafe",
      status: "published",
      organizationId: org.id,
      programmeId: griffbereit.id,
      translations: { create: [{ locale: "de", title: "Eltern-Café", summary: "Treffen" }] },
      schedules: { create: [{ weekday: 2, opensAt: "09:00", closesAt: "11:00", interval: 1 }] },
    },
  });
  await db.participation.create({
    data: { programmeId: griffbereit.id, organizationId: org.id, role: "host_site", schedules: { create: [{ weekday: 4, opensAt: "10:00", closesAt: "11:30", interval: 1 }] } },
  });
});

const urlLines = (ics: string) => ics.replace(/\r\n /g, "").split(/\r\n/).filter((line) => line.startsWith("URL"));

describe("absolute addresses", () => {
  it("in an offer's calendar file name the public origin", async () => {
    const { GET } = await import("@/app/api/offers/[slug]/calendar/route");
    const response = await GET(request("/api/offers/eltern-cafe/calendar"), params({ slug: "eltern-cafe" }));
    const lines = urlLines(await response.text());
    expect(lines).toEqual([`URL;VALUE=URI:${PUBLIC}/de/offers/eltern-cafe`]);
  });

  it("in a programme's calendar feed name the public origin", async () => {
    const { GET } = await import("@/app/api/programmes/[slug]/calendar/route");
    const response = await GET(request("/api/programmes/griffbereit/calendar"), params({ slug: "griffbereit" }));
    const lines = urlLines(await response.text());
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line).toMatch(new RegExp(`^URL;VALUE=URI:${PUBLIC}/de/`));
  });

  it("in the HSDS root's openapi_url name the public origin", async () => {
    const { GET } = await import("@/app/api/hsds/route");
    const body = await (await GET(request("/api/hsds"))).json();
    expect(body.openapi_url).toBe(`${PUBLIC}/api/hsds/openapi.json`);
  });

  it("in the language switch's redirect go back to the same page on the public origin", async () => {
    const { GET } = await import("@/app/admin/language/route");
    const response = GET(request(`/admin/language?to=en&back=${encodeURIComponent("/admin/offers?status=draft")}`));
    expect(response.headers.get("location")).toBe(`${PUBLIC}/admin/offers?status=draft`);
    expect(response.headers.get("set-cookie")).toMatch(/NEXT_LOCALE=en/);
    const away = GET(request(`/admin/language?to=de&back=${encodeURIComponent("//evil.example/admin")}`));
    expect(away.headers.get("location")).toBe(`${PUBLIC}/admin`);
  });
});
