// The age, weekday and "open now" filters and the times on result cards behave the same on SQLite
// and PostgreSQL: read from the bounded index like every other filter, with ages and times as
// coordinators enter them.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db, dbKind } from "@/lib/db";
import { parseOfferFilter } from "@/lib/offers/filter";
import { findOffers } from "@/lib/offers/queries";
import { reindexOffers } from "@/lib/search/indexer";
import { seedReferenceOnly } from "@/tests/support/seed";

type Slot = { weekday: number; opensAt: string; closesAt: string; interval?: number; validFrom?: Date };
type Spec = { slug: string; title: string; minAge?: number; maxAge?: number; schedules?: Slot[] };

async function createOffer(spec: Spec) {
  const org = await db.organization.create({
    data: { slug: `org-${spec.slug}`, name: `Träger ${spec.slug}`, type: "welfare_association" },
  });
  const offer = await db.offer.create({
    data: {
      slug: spec.slug,
      organizationId: org.id,
      status: "published",
      minAge: spec.minAge,
      maxAge: spec.maxAge,
      lastVerifiedAt: new Date(),
      translations: { create: [{ locale: "de", title: spec.title, summary: `${spec.title} in Aachen.` }] },
      schedules: { create: (spec.schedules ?? []).map((s) => ({ interval: 1, ...s })) },
    },
  });
  await db.$transaction((tx) => reindexOffers(tx, dbKind, [offer.id]));
}

const slugs = async (params: Record<string, string>) =>
  (await findOffers(parseOfferFilter(params), "de")).offers.map((o) => o.slug).sort();

// Tuesday 10 March 2026, 10:20 in Aachen (CET, UTC+1).
const TUESDAY_MORNING = new Date("2026-03-10T09:20:00Z");

beforeAll(async () => {
  await seedReferenceOnly();
  await createOffer({
    slug: "krabbelgruppe",
    title: "Krabbelgruppe",
    minAge: 1,
    maxAge: 3,
    schedules: [{ weekday: 2, opensAt: "09:30", closesAt: "11:00" }],
  });
  await createOffer({
    slug: "schulkinder",
    title: "Hausaufgabenhilfe",
    minAge: 6,
    maxAge: 12,
    schedules: [{ weekday: 4, opensAt: "14:00", closesAt: "16:00" }],
  });
  await createOffer({
    slug: "erwachsene",
    title: "Abendkurs",
    minAge: 18,
    schedules: [{ weekday: 2, opensAt: "18:00", closesAt: "20:00" }],
  });
  await createOffer({ slug: "fuer-alle", title: "Offener Treff" });
  // Tuesdays at 10:20, but only every second week, counted from a Tuesday one week earlier.
  await createOffer({
    slug: "zweiwoechentlich",
    title: "Elterncafé",
    schedules: [
      { weekday: 2, opensAt: "10:00", closesAt: "12:00", interval: 2, validFrom: new Date("2026-03-03T00:00:00Z") },
    ],
  });
  // Opens at 10:25: the quarter hour of 10:15 names it, the exact check does not.
  await createOffer({
    slug: "spaeter",
    title: "Sprechstunde",
    schedules: [{ weekday: 2, opensAt: "10:25", closesAt: "11:00" }],
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe(`filters by age, weekday and "open now" on ${dbKind}`, () => {
  it("finds offers whose age range includes the age, and offers without limits", async () => {
    expect(await slugs({ age: "3" })).toEqual(["fuer-alle", "krabbelgruppe", "spaeter", "zweiwoechentlich"]);
    expect(await slugs({ age: "8" })).toEqual(["fuer-alle", "schulkinder", "spaeter", "zweiwoechentlich"]);
    expect(await slugs({ age: "45" })).toEqual(["erwachsene", "fuer-alle", "spaeter", "zweiwoechentlich"]);
    expect(await slugs({ age: "3", q: "Krabbelgruppe" })).toEqual(["krabbelgruppe"]);
    expect(await slugs({ age: "8", q: "Krabbelgruppe" })).toEqual([]);
  });

  it("finds offers held on a weekday", async () => {
    expect(await slugs({ day: "4" })).toEqual(["schulkinder"]);
    expect(await slugs({ day: "2", age: "30" })).toEqual(["erwachsene", "spaeter", "zweiwoechentlich"]);
    expect(await slugs({ day: "7" })).toEqual([]);
  });

  it("finds offers open now in Aachen, by their exact times and rhythm", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(TUESDAY_MORNING);
    expect(await slugs({ open: "1" })).toEqual(["krabbelgruppe"]);
    // A week later the fortnightly café is on too.
    vi.setSystemTime(new Date(TUESDAY_MORNING.getTime() + 7 * 86_400_000));
    expect(await slugs({ open: "1" })).toEqual(["krabbelgruppe", "zweiwoechentlich"]);
    vi.setSystemTime(new Date("2026-03-10T17:30:00Z")); // 18:30
    expect(await slugs({ open: "1" })).toEqual(["erwachsene"]);
  });

  it("shows each offer's weekly times on its card", async () => {
    const [card] = (await findOffers(parseOfferFilter({ q: "Hausaufgabenhilfe" }), "de")).offers;
    expect(card?.schedules).toMatchObject([{ weekday: 4, opensAt: "14:00", closesAt: "16:00" }]);
  });

  it("shows the last page for a page past it", async () => {
    const results = await findOffers(parseOfferFilter({ page: "40" }), "de");
    expect(results.page).toBe(1);
    expect(results.offers.length).toBe(6);
  });
});
