// The network map shows the organisations a filter picks, at one address each, and only the
// relationships in force on the chosen day between organisations that are shown.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseNetworkFilter } from "@/lib/network/filter";
import { networkMapData } from "@/lib/network/map";
import { seedProgrammes, seedReference } from "@/prisma/seed/reference";

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const ids: Record<string, string> = {};

// Points in three of Aachen's districts; the district is stored as the editor would derive it.
const MITTE = { latitude: 50.7753, longitude: 6.0839 };
const MITTE_2 = { latitude: 50.7701, longitude: 6.0912 };
const BRAND = { latitude: 50.7489, longitude: 6.165 };
const HAAREN = { latitude: 50.7969, longitude: 6.1261 };

beforeAll(async () => {
  // Seeding the reference data takes longer than the default five seconds on a busy machine.
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedProgrammes(tx);
    },
    { timeout: 120_000 },
  );
  const district = async (code: string) => (await db.district.findUniqueOrThrow({ where: { code } })).id;
  const programme = async (slug: string) => (await db.programme.findUniqueOrThrow({ where: { slug } })).id;

  const organisations = [
    { key: "kita", name: "Kita Sonnenschein", type: "kita" },
    { key: "bridge", name: "Brücke e. V.", type: "migrant_organisation" },
    { key: "city", name: "Stadt Aachen", type: "city_department" },
    { key: "caritas", name: "Caritas", type: "welfare_association" },
    { key: "gone", name: "Aufgelöster Verein", type: "migrant_organisation", status: "archived" },
    { key: "homeless", name: "Kita ohne Adresse", type: "kita" },
    { key: "moved", name: "Umgezogener Treff", type: "volunteer_initiative", status: "draft" },
  ] as const;
  for (const org of organisations) {
    const status = "status" in org ? org.status : "published";
    ids[org.key] = (
      await db.organization.create({ data: { slug: org.key, name: org.name, type: org.type, status } })
    ).id;
  }

  let clock = Date.parse("2020-01-01T00:00:00Z");
  const location = async (
    key: string,
    at: typeof MITTE,
    code: string,
    status: "published" | "archived" = "published",
  ) =>
    db.location.create({
      data: {
        organizationId: ids[key]!,
        street: "Teststraße 1",
        postcode: "52062",
        ...at,
        districtId: await district(code),
        status,
        // Explicit times, so that "first address" does not depend on how fast the test runs.
        createdAt: new Date((clock += 60_000)),
      },
    });
  // The kita's oldest address is archived: it is placed at the next one and does not count for Brand.
  await location("kita", BRAND, "brand", "archived");
  await location("kita", MITTE, "mitte");
  await location("bridge", BRAND, "brand");
  await location("city", MITTE_2, "mitte");
  await location("caritas", HAAREN, "haaren");
  await location("caritas", MITTE, "mitte");
  await location("gone", MITTE, "mitte");
  await location("moved", MITTE, "mitte", "archived");

  const participate = async (key: string, slug: string, since?: string, until?: string) =>
    db.participation.create({
      data: {
        organizationId: ids[key]!,
        programmeId: await programme(slug),
        role: "host_site",
        since: since ? day(since) : null,
        until: until ? day(until) : null,
      },
    });
  await participate("kita", "griffbereit", "2020-01-01");
  await participate("bridge", "rucksack-kita", "2022-01-01", "2023-12-31");
  await participate("caritas", "kim");
  await participate("homeless", "griffbereit");

  const relate = async (from: string, type: string, to: string, since?: string, until?: string) =>
    db.relationship.create({
      data: {
        fromId: ids[from]!,
        toId: ids[to]!,
        type: type as "funds",
        since: since ? day(since) : null,
        until: until ? day(until) : null,
      },
    });
  await relate("city", "funds", "kita", "2020-01-01");
  await relate("city", "cooperates_with", "bridge", "2021-01-01", "2023-06-30");
  await relate("kita", "cooperates_with", "caritas");
  await relate("caritas", "supports", "bridge", "2024-01-01");
  await relate("bridge", "refers_to", "kita");
  await relate("city", "funds", "gone");
  await relate("kita", "refers_to", "homeless");
});

const names = (data: Awaited<ReturnType<typeof networkMapData>>) => data.nodes.map((n) => n.name);
const lines = (data: Awaited<ReturnType<typeof networkMapData>>) => {
  const key = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return data.edges.map((e) => `${key[e.from]} ${e.type} ${key[e.to]}`).sort();
};

describe("networkMapData", () => {
  it("places every non-archived organisation with an address, at its first address still in use", async () => {
    const data = await networkMapData(parseNetworkFilter({ asOf: "2025-01-01" }));
    expect(names(data)).toEqual(["Brücke e. V.", "Caritas", "Kita Sonnenschein", "Stadt Aachen"]);
    const kita = data.nodes.find((n) => n.id === ids.kita);
    expect(kita).toMatchObject({ type: "kita", lat: MITTE.latitude, lng: MITTE.longitude });
    expect(data.nodes.find((n) => n.id === ids.caritas)).toMatchObject({ lat: HAAREN.latitude });
    // The kita without an address and the draft with only an archived one cannot be drawn.
    expect(data.unplaced).toBe(2);
  });

  it("draws the relationships in force between shown organisations and counts them per organisation", async () => {
    const data = await networkMapData(parseNetworkFilter({ asOf: "2025-01-01" }));
    expect(lines(data)).toEqual([
      "bridge refers_to kita",
      "caritas supports bridge",
      "city funds kita",
      "kita cooperates_with caritas",
    ]);
    const degree = Object.fromEntries(data.nodes.map((n) => [n.name, n.degree]));
    expect(degree).toEqual({ "Brücke e. V.": 2, Caritas: 2, "Kita Sonnenschein": 3, "Stadt Aachen": 1 });
  });

  it("counts a relationship up to and including its last day, and not before its first", async () => {
    const lastDay = lines(await networkMapData(parseNetworkFilter({ asOf: "2023-06-30" })));
    expect(lastDay).toContain("city cooperates_with bridge");
    expect(lastDay).not.toContain("caritas supports bridge");
    const after = lines(await networkMapData(parseNetworkFilter({ asOf: "2023-07-01" })));
    expect(after).not.toContain("city cooperates_with bridge");
    const before = lines(await networkMapData(parseNetworkFilter({ asOf: "2020-12-31" })));
    expect(before).toEqual(["bridge refers_to kita", "city funds kita", "kita cooperates_with caritas"]);
  });

  it("filters by kind of organisation and draws no line to one left out", async () => {
    const data = await networkMapData(parseNetworkFilter({ asOf: "2025-01-01", type: "kita" }));
    expect(names(data)).toEqual(["Kita Sonnenschein"]);
    expect(data.edges).toEqual([]);
    expect(data.nodes[0]?.degree).toBe(0);
    expect(data.unplaced).toBe(1);
  });

  it("filters by programme, with its sub-programmes, as the participations stood on the day", async () => {
    const ifkuf2022 = await networkMapData(parseNetworkFilter({ asOf: "2022-06-01", programme: "ifkuf" }));
    expect(names(ifkuf2022)).toEqual(["Brücke e. V.", "Kita Sonnenschein"]);
    expect(lines(ifkuf2022)).toEqual(["bridge refers_to kita"]);
    // Brücke left Rucksack KiTa at the end of 2023.
    const ifkuf2025 = await networkMapData(parseNetworkFilter({ asOf: "2025-01-01", programme: "ifkuf" }));
    expect(names(ifkuf2025)).toEqual(["Kita Sonnenschein"]);
    expect(ifkuf2025.edges).toEqual([]);
    const griffbereit = await networkMapData(parseNetworkFilter({ asOf: "2022-06-01", programme: "griffbereit" }));
    expect(names(griffbereit)).toEqual(["Kita Sonnenschein"]);
    const kim = await networkMapData(parseNetworkFilter({ asOf: "2025-01-01", programme: "kim" }));
    expect(names(kim)).toEqual(["Caritas"]);
    const unknown = await networkMapData(parseNetworkFilter({ programme: "gibt-es-nicht" }));
    expect(unknown).toEqual({ nodes: [], edges: [], unplaced: 0 });
  });

  it("names the programmes each organisation takes part in on the day, for the rings on the map", async () => {
    const programmesOf = async (asOf: string, name: string) =>
      (await networkMapData(parseNetworkFilter({ asOf }))).nodes.find((n) => n.name === name)?.programmes;
    // Brücke left Rucksack KiTa at the end of 2023.
    expect(await programmesOf("2022-06-01", "Brücke e. V.")).toContain("rucksack-kita");
    expect(await programmesOf("2025-01-01", "Brücke e. V.")).not.toContain("rucksack-kita");
    expect(await programmesOf("2025-01-01", "Caritas")).toContain("kim");
  });

  it("filters by district and places the organisation at its address there", async () => {
    const mitte = await networkMapData(parseNetworkFilter({ asOf: "2025-01-01", district: "mitte" }));
    expect(names(mitte)).toEqual(["Caritas", "Kita Sonnenschein", "Stadt Aachen"]);
    expect(mitte.nodes.find((n) => n.id === ids.caritas)).toMatchObject({ lat: MITTE.latitude, lng: MITTE.longitude });
    expect(lines(mitte)).toEqual(["city funds kita", "kita cooperates_with caritas"]);
    // The kita's archived address in Brand does not count.
    const brand = await networkMapData(parseNetworkFilter({ asOf: "2025-01-01", district: "brand" }));
    expect(names(brand)).toEqual(["Brücke e. V."]);
  });

  it("filters the lines by kind of relationship and leaves the organisations as they are", async () => {
    const data = await networkMapData(parseNetworkFilter({ asOf: "2025-01-01", relation: "funds" }));
    expect(names(data)).toHaveLength(4);
    expect(lines(data)).toEqual(["city funds kita"]);
  });

  it("combines the filters", async () => {
    const data = await networkMapData(
      parseNetworkFilter({ asOf: "2022-06-01", programme: "ifkuf", district: "mitte", relation: "refers_to" }),
    );
    expect(names(data)).toEqual(["Kita Sonnenschein"]);
    expect(data.edges).toEqual([]);
    expect(data.unplaced).toBe(0);
  });
});
