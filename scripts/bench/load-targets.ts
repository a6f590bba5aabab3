// `tsx --conditions react-server scripts/bench/load-targets.ts` with DATABASE_URL: picks what the
// load benchmark asks for from the database itself (a public offer, programme and organisation in
// the middle of the catalogue, not the first ones a cache would favour) and makes sure a
// coordinator account exists for the import. Prints one JSON line.
import { hashPassword } from "../../lib/auth/passwords";
import { createDb } from "../../lib/db/client";
import { publicOffer, publicOrganisation, publicProgramme } from "../../lib/offers/visibility";
import { BENCH_USER } from "./import-over-http";

export type LoadTargets = { offers: number; offer: string; programme: string; organisation: string; service: string };

async function main() {
  const db = createDb();
  try {
    const offers = await db.offer.count({ where: publicOffer() });
    const middle = <T>(rows: T[]) => rows[Math.floor(rows.length / 2)];
    const [offer] = await db.offer.findMany({
      where: publicOffer(),
      orderBy: { slug: "asc" },
      skip: Math.floor(offers / 2),
      take: 1,
      select: { slug: true, id: true },
    });
    const programme = middle(
      await db.programme.findMany({ where: publicProgramme, orderBy: { slug: "asc" }, select: { slug: true } }),
    );
    // An organisation with offers of its own, so that its page shows something.
    const organisations = await db.organization.count({
      where: { ...publicOrganisation, offers: { some: publicOffer() } },
    });
    const [organisation] = await db.organization.findMany({
      where: { ...publicOrganisation, offers: { some: publicOffer() } },
      orderBy: { slug: "asc" },
      skip: Math.floor(organisations / 2),
      take: 1,
      select: { slug: true },
    });
    if (!offer || !programme || !organisation)
      throw new Error("the database has no public offer, programme or organisation to ask for");
    const passwordHash = await hashPassword(BENCH_USER.password);
    await db.user.upsert({
      where: { email: BENCH_USER.email },
      create: { email: BENCH_USER.email, name: "Load benchmark", role: "admin", passwordHash },
      update: { passwordHash, active: true, role: "admin" },
    });
    const targets: LoadTargets = {
      offers,
      offer: offer.slug,
      programme: programme.slug,
      organisation: organisation.slug,
      service: offer.id,
    };
    console.log(JSON.stringify(targets));
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("load-targets.ts"))
  void main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
