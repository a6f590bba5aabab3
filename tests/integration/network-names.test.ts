// An organisation with a short name: the graph writes the short name beside its node, while its card
// and the graph's search know the full name too.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { networkPage } from "@/lib/network/view";
import { seedReferenceOnly } from "@/tests/support/seed";

const fullName = "Verein für Begegnung Aachen-Ost e. V.";
let id = "";

beforeAll(async () => {
  await seedReferenceOnly();
  const verein = await db.organization.create({
    data: { slug: "vfb-ost", name: fullName, shortName: "VfB Ost", type: "migrant_organisation", status: "published" },
  });
  const kita = await db.organization.create({ data: { slug: "kita-ost", name: "Kita Ost", type: "kita", status: "published" } });
  await db.relationship.create({ data: { fromId: verein.id, toId: kita.id, type: "cooperates_with" } });
  id = verein.id;
});

describe("names in the network graph", () => {
  it("labels the node with the short name and gives card and search the full name", async () => {
    const page = await networkPage({}, "de");
    const node = page.graph.nodes.find((n) => n.id === id)!;
    expect(node.label).toBe("VfB Ost");
    expect(node.name).toBe(fullName);
    expect(page.cards[id]!.title).toBe(fullName);
  });
});
