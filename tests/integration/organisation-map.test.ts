// The public partner map shows published partners at their published addresses only, filtered like
// the list, and sends nothing but slugs and coordinates.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/organisations/points/route";
import { db } from "@/lib/db";
import { listOrganisationPoints } from "@/lib/organisations/map";
import { seedReferenceOnly } from "@/tests/support/seed";

const MITTE = { latitude: 50.775312, longitude: 6.083912 };
const BRAND = { latitude: 50.7489, longitude: 6.165 };

beforeAll(async () => {
  await seedReferenceOnly();
  const district = async (code: string) => (await db.district.findUniqueOrThrow({ where: { code } })).id;
  const organisation = async (
    slug: string,
    type: "kita" | "migrant_organisation",
    status: "published" | "draft" | "archived",
    locations: Array<[typeof MITTE, string, ("published" | "draft" | "archived")?]>,
  ) => {
    const org = await db.organization.create({ data: { slug, name: slug, type, status } });
    for (const [at, code, locationStatus = "published"] of locations) {
      await db.location.create({
        data: {
          organizationId: org.id,
          street: "Teststraße 1",
          postcode: "52062",
          ...at,
          districtId: await district(code),
          status: locationStatus,
        },
      });
    }
  };
  await organisation("kita-mitte", "kita", "published", [[MITTE, "mitte"]]);
  await organisation("verein-zwei-orte", "migrant_organisation", "published", [
    [MITTE, "mitte"],
    [BRAND, "brand"],
    [BRAND, "brand", "archived"],
  ]);
  await organisation("entwurf", "kita", "draft", [[MITTE, "mitte"]]);
  await organisation("archiviert", "kita", "archived", [[BRAND, "brand"]]);
  await organisation("adresse-im-entwurf", "migrant_organisation", "published", [[BRAND, "brand", "draft"]]);
});

const slugs = (points: Array<{ slug: string }>) => points.map((p) => p.slug).sort();

describe("listOrganisationPoints", () => {
  it("gives one point per published address of each published partner", async () => {
    const points = await listOrganisationPoints();
    expect(slugs(points)).toEqual(["kita-mitte", "verein-zwei-orte", "verein-zwei-orte"]);
    expect(points.find((p) => p.slug === "kita-mitte")).toEqual({
      slug: "kita-mitte",
      lat: MITTE.latitude,
      lng: MITTE.longitude,
    });
  });

  it("filters by kind of partner", async () => {
    expect(slugs(await listOrganisationPoints({ type: "kita" }))).toEqual(["kita-mitte"]);
    expect(slugs(await listOrganisationPoints({ type: "migrant_organisation" }))).toEqual([
      "verein-zwei-orte",
      "verein-zwei-orte",
    ]);
  });

  it("keeps to the chosen district's addresses", async () => {
    const brand = await listOrganisationPoints({ district: "brand" });
    expect(brand).toEqual([{ slug: "verein-zwei-orte", lat: BRAND.latitude, lng: BRAND.longitude }]);
    expect(await listOrganisationPoints({ type: "kita", district: "brand" })).toEqual([]);
  });
});

describe("GET /api/organisations/points", () => {
  it("answers with slugs and rounded coordinates, ignoring unknown filter values", async () => {
    const response = await GET(
      new NextRequest("http://localhost/api/organisations/points?type=kita&district=atlantis"),
    );
    expect(await response.json()).toEqual({ ids: ["kita-mitte"], points: [[50.77531, 6.08391]] });
  });
});
