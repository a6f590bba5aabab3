// Fills the database named by DATABASE_URL with a synthetic network for `npm run bench:graph`:
// organisations spread over the seven boroughs, relationships mostly within a borough (as in real
// networks), some programme participations, and a benchmark administrator.
import bcrypt from "bcryptjs";
import { createDb } from "../../lib/db/client";
import { districtCentre, districts } from "../../lib/geo/districts";
import { organisationTypes } from "../../lib/organisations/types";
import { seededRandom } from "../../lib/network/metrics";
import { seedProgrammes, seedReference } from "../../prisma/seed/reference";

const relationTypes = ["cooperates_with", "funds", "refers_to", "member_of", "supports", "part_of"] as const;
export const BENCH_ADMIN = { email: "bench@wegweiser.test", password: "benchmark-password" };

export async function seedNetwork(organisations: number, relationships: number) {
  const db = createDb();
  const random = seededRandom(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  await db.$transaction(async (tx) => {
    await seedReference(tx);
    await seedProgrammes(tx);
  });
  const districtRows = await db.district.findMany({ select: { id: true, code: true } });
  const programmes = await db.programme.findMany({ select: { id: true } });
  const orgs = Array.from({ length: organisations }, (_, i) => ({
    id: crypto.randomUUID(),
    slug: `netz-${i}`,
    name: `Netzwerkpartner ${i}`,
    type: pick(organisationTypes),
    district: districts[i % districts.length]!.code,
  }));
  await db.organization.createMany({ data: orgs.map((o) => ({ id: o.id, slug: o.slug, name: o.name, type: o.type })) });
  await db.location.createMany({
    data: orgs.map((o) => {
      const centre = districtCentre(o.district);
      return {
        organizationId: o.id,
        street: "Teststraße 1",
        postcode: "52062",
        latitude: centre.lat + (random() - 0.5) * 0.02,
        longitude: centre.lng + (random() - 0.5) * 0.03,
        districtId: districtRows.find((d) => d.code === o.district)!.id,
      };
    }),
  });
  const seen = new Set<string>();
  const rows: Array<{ fromId: string; toId: string; type: (typeof relationTypes)[number] }> = [];
  const byDistrict = new Map<string, typeof orgs>();
  for (const o of orgs) byDistrict.set(o.district, [...(byDistrict.get(o.district) ?? []), o]);
  while (rows.length < relationships) {
    const from = pick(orgs);
    const to = random() < 0.8 ? pick(byDistrict.get(from.district)!) : pick(orgs);
    const type = pick(relationTypes);
    const key = `${from.id}|${to.id}|${type}`;
    if (from.id === to.id || seen.has(key)) continue;
    seen.add(key);
    rows.push({ fromId: from.id, toId: to.id, type });
  }
  for (let i = 0; i < rows.length; i += 2000) await db.relationship.createMany({ data: rows.slice(i, i + 2000) });
  await db.participation.createMany({
    data: orgs
      .filter(() => random() < 0.2)
      .map((o) => ({ organizationId: o.id, programmeId: pick(programmes).id, role: "host_site" as const })),
  });
  await db.user.create({
    data: {
      email: BENCH_ADMIN.email,
      name: "Benchmark",
      role: "admin",
      passwordHash: await bcrypt.hash(BENCH_ADMIN.password, 10),
    },
  });
  await db.$disconnect();
}

if (process.argv[1]?.endsWith("seed-network.ts")) {
  const [organisations, relationships] = process.argv.slice(2).map(Number);
  void seedNetwork(organisations ?? 2000, relationships ?? 10000);
}
