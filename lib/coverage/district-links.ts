import "server-only";
// The network folded onto the Stadtbezirke, for a picture a committee can read at a glance: how
// many relationships in force link partners in two districts, or two partners in the same one.
// An organisation stands in the district of its first published place (as on the network map);
// one without a place is "citywide".
import { db } from "../db/index";
import { inForceOn } from "../db/in-force";

export const CITYWIDE = "citywide";

export type DistrictLink = { a: string; b: string; count: number };

export async function districtLinks(day: Date): Promise<DistrictLink[]> {
  const place = {
    select: {
      locations: {
        where: { status: "published" as const, districtId: { not: null } },
        orderBy: { createdAt: "asc" as const },
        take: 1,
        select: { district: { select: { code: true } } },
      },
    },
  };
  const rows = await db.relationship.findMany({
    where: { ...inForceOn(day), from: { status: "published" }, to: { status: "published" } },
    select: { from: place, to: place },
  });
  const counts = new Map<string, number>();
  for (const row of rows) {
    const [a, b] = [row.from, row.to].map((o) => o.locations[0]?.district?.code ?? CITYWIDE).sort() as [string, string];
    const key = `${a}|${b}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => {
    const [a, b] = key.split("|") as [string, string];
    return { a, b, count };
  });
}
