import "server-only";
// The partners of the network per kind and Stadtbezirk: published organisations that have a
// published place in the district and were in the catalogue on the given day. An organisation with
// places in two districts counts in both rows and once in the city's total, as offers do in the
// coverage matrix. The city's total is "partners with a place in Aachen": it counts exactly the
// organisations of the district columns, and those without a place stand apart in
// `withoutDistrict`, so that the report, its PDF and CSV and the coverage page say one thing.
import { db } from "../db/index";
import { publicLocation, publicOrganisation } from "../offers/visibility";
import { districtCodes } from "../geo/districts";

export type PartnerCounts = {
  /** organisation type → count per district code, plus "total" (each organisation with a place once) */
  byType: Record<string, Record<string, number>>;
  /** per district code, and "total": the partners with a place in Aachen */
  all: Record<string, number>;
  /** published organisations without a place in any district: in no column and not in "total" */
  withoutDistrict: number;
};

export const TOTAL = "total";

export async function partnerCounts(asOf: Date): Promise<PartnerCounts> {
  const rows = await db.organization.findMany({
    where: { ...publicOrganisation, createdAt: { lte: asOf } },
    select: {
      id: true,
      type: true,
      locations: {
        where: { status: publicLocation.status, districtId: { not: null } },
        select: { district: { select: { code: true } } },
      },
    },
  });
  const byType: PartnerCounts["byType"] = {};
  const all: Record<string, number> = Object.fromEntries([...districtCodes, TOTAL].map((c) => [c, 0]));
  let withoutDistrict = 0;
  for (const organisation of rows) {
    const codes = new Set(organisation.locations.map((l) => l.district?.code).filter((c): c is string => !!c));
    if (!codes.size) {
      withoutDistrict += 1;
      continue;
    }
    const counts = (byType[organisation.type] ??= Object.fromEntries([...districtCodes, TOTAL].map((c) => [c, 0])));
    for (const code of [...codes, TOTAL]) {
      counts[code] = (counts[code] ?? 0) + 1;
      all[code] = (all[code] ?? 0) + 1;
    }
  }
  return { byType, all, withoutDistrict };
}
