// The search reads its index on a connection of its own on SQLite (lib/db/reads.ts) and through
// Prisma on PostgreSQL: what a card shows is what was saved, to the last bit and type, on both.
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbKind } from "@/lib/db";
import { readRows } from "@/lib/db/reads";
import { parseOfferFilter } from "@/lib/offers/filter";
import { findOffers } from "@/lib/offers/queries";
import { reindexOffers } from "@/lib/search/indexer";
import { forgetIndexVersion } from "@/lib/search/version";
import { packedRows } from "@/lib/search/packed-rows";
import { Prisma } from "@/generated/sqlite/client";
import { seedReferenceOnly } from "@/tests/support/seed";

const DAY = 86_400_000;

async function createOffer(slug: string, title: string, free: boolean) {
  const org = await db.organization.create({
    data: { slug: `org-${slug}`, name: `Träger ${slug}`, type: "welfare_association" },
  });
  const offer = await db.offer.create({
    data: {
      slug,
      organizationId: org.id,
      status: "published",
      free,
      lastVerifiedAt: new Date(),
      translations: { create: [{ locale: "de", title, summary: `${title} in Aachen.` }] },
      schedules: {
        create: [
          { weekday: 1, opensAt: "09:00", closesAt: "11:00", interval: 2, validFrom: new Date(Date.now() - 30 * DAY) },
          // Ended: no time to come to any more.
          { weekday: 3, opensAt: "15:00", closesAt: "17:00", interval: 1, validUntil: new Date(Date.now() - 3 * DAY) },
          { weekday: 5, opensAt: "10:00", closesAt: "12:00", interval: 1, validUntil: new Date(Date.now() + 60 * DAY) },
        ],
      },
    },
  });
  await db.$transaction((tx) => reindexOffers(tx, dbKind, [offer.id]));
  return offer;
}

const card = async (q: string) => (await findOffers(parseOfferFilter({ q }), "de")).offers[0];

beforeAll(async () => {
  await seedReferenceOnly();
  await createOffer("naehcafe", "Nähcafé", true);
  await createOffer("schachtreff", "Schachtreff", false);
});

describe(`search reads on ${dbKind}`, () => {
  it("shows on a card what was saved: yes/no as such, weekly times with their dates, ended times left out", async () => {
    const free = await card("Nähcafé");
    expect(free?.slug).toBe("naehcafe");
    expect(free?.free).toBe(true);
    expect((await card("Schachtreff"))?.free).toBe(false);
    const [fortnightly, friday, ...rest] = free?.schedules ?? [];
    expect(rest).toEqual([]);
    expect(fortnightly).toMatchObject({ weekday: 1, interval: 2, validUntil: null });
    expect(fortnightly?.validFrom).toBeInstanceOf(Date);
    expect(friday).toMatchObject({ weekday: 5, opensAt: "10:00", interval: 1 });
    expect(friday?.validUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it("finds an offer saved a moment ago and drops one made a draft", async () => {
    const offer = await createOffer("lesepaten", "Lesepaten", true);
    expect((await card("Lesepaten"))?.slug).toBe("lesepaten");
    await db.offer.update({ where: { id: offer.id }, data: { status: "draft" } });
    await db.$transaction((tx) => reindexOffers(tx, dbKind, [offer.id]));
    expect(await card("Lesepaten")).toBeUndefined();
  });

  it("shows a save at the next search even when a search came while the save was committing", async () => {
    const offer = await createOffer("malkurs", "Malkurs", true);
    expect((await card("Malkurs"))?.slug).toBe("malkurs");
    await db.$transaction(async (tx) => {
      await tx.offerTranslation.updateMany({
        where: { offerId: offer.id, locale: "de" },
        data: { title: "Aquarellkurs" },
      });
      await reindexOffers(tx, dbKind, [offer.id]);
      // A visitor's search between the version's bump and the commit: it sees the old state.
      expect(await card("Aquarellkurs")).toBeUndefined();
    });
    // As every save does once committed (lib/mutation/mutate.ts).
    forgetIndexVersion();
    expect((await card("Aquarellkurs"))?.slug).toBe("malkurs");
  });

  it("reads stored real numbers to the last bit", async () => {
    const org = await db.organization.findFirstOrThrow();
    const values = [0.1, 50.776612345678912, -6.083400000000001];
    for (const latitude of values)
      await db.location.create({
        data: { organizationId: org.id, street: "Bitgenau 1", postcode: "52062", latitude, longitude: 6.08 },
      });
    const rows = await packedRows<[number]>(
      { x: "real" },
      Prisma.sql`SELECT l."latitude" AS "x" FROM "Location" l WHERE l."street" = ${"Bitgenau 1"}`,
    );
    const stored = await db.location.findMany({ where: { street: "Bitgenau 1" }, select: { latitude: true } });
    const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);
    expect(sorted(rows.map(([x]) => x))).toEqual(sorted(stored.map((l) => l.latitude!)));
    // 17 significant digits, as a coordinate may have them, come back as they were.
    expect(rows.map(([x]) => x)).toContain(-6.083400000000001);
    expect(rows.map(([x]) => x)).toContain(50.776612345678912);
  });

  it.runIf(dbKind === "sqlite")("cannot write through the search's own connection", async () => {
    await expect(readRows(Prisma.sql`UPDATE "Offer" SET "free" = 0 RETURNING "id"`)).rejects.toThrow(
      /readonly|read-only/i,
    );
    expect((await card("Nähcafé"))?.free).toBe(true);
  });
});
