import "server-only";
// The published partners' published addresses, for the clustered map of the partner directory.
import { db } from "../db";
import type { DistrictCode } from "../geo/districts";
import type { OrganisationType } from "./types";
import { publicLocation, publicOrganisation } from "../offers/visibility";

export type OrganisationPoint = { slug: string; lat: number; lng: number };

/**
 * One point per address. With a district chosen only the addresses in it count, so that no pin
 * lies outside the district the reader asked for.
 */
export async function listOrganisationPoints(
  filter: { type?: OrganisationType; district?: DistrictCode } = {},
): Promise<OrganisationPoint[]> {
  const rows = await db.location.findMany({
    where: {
      ...publicLocation,
      organization: { ...publicOrganisation, ...(filter.type ? { type: filter.type } : {}) },
      ...(filter.district ? { district: { code: filter.district } } : {}),
    },
    orderBy: [{ organization: { name: "asc" } }, { id: "asc" }],
    select: { latitude: true, longitude: true, organization: { select: { slug: true } } },
  });
  return rows.map((row) => ({ slug: row.organization.slug, lat: row.latitude, lng: row.longitude }));
}
