import { describe, expect, it } from "vitest";
import { egoNetwork } from "./ego";
import type { NetworkData, NetworkNode } from "./graph";
import { networkMetrics } from "./metrics";

const org = (id: string, districts: string[] = [], programmes: string[] = []): NetworkNode => ({
  id,
  label: id,
  name: id,
  kind: "organisation",
  type: "kita",
  districts,
  programmes,
});
const rel = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  kind: "relationship" as const,
  type: "cooperates_with",
});

// Two tight groups, one in Brand around Rucksack and one in Mitte, joined only through "caritas";
// "verein" hangs on one partner, "insel" has none, "paar" is a pair on its own.
const brand = ["kita-a", "kita-b", "kita-c", "kita-d"];
const mitte = ["amt", "vhs", "jobcenter", "kim"];
const data: NetworkData = {
  nodes: [
    ...brand.map((id) => org(id, ["brand"], ["rucksack-kita"])),
    ...mitte.map((id) => org(id, ["mitte"])),
    org("caritas", ["mitte"]),
    org("verein", ["haaren"]),
    org("insel"),
    org("paar-1"),
    org("paar-2"),
    {
      id: "programme:rucksack",
      label: "Rucksack KiTa",
      name: "Rucksack KiTa",
      kind: "programme",
      type: "rucksack-kita",
      districts: [],
      programmes: [],
    },
  ],
  edges: [
    ...brand.flatMap((a, i) => brand.slice(i + 1).map((b) => rel(a, b))),
    ...mitte.flatMap((a, i) => mitte.slice(i + 1).map((b) => rel(a, b))),
    rel("caritas", "kita-a"),
    rel("caritas", "amt"),
    rel("verein", "vhs"),
    rel("paar-1", "paar-2"),
    ...brand.map((id) => ({
      id: `p-${id}`,
      source: id,
      target: "programme:rucksack",
      kind: "participation" as const,
      type: "host_site",
    })),
  ],
};

describe("network metrics", () => {
  const metrics = networkMetrics(data);

  it("counts distinct partners, ignoring programme memberships", () => {
    expect(metrics.nodes.get("kita-a")?.degree).toBe(4);
    expect(metrics.nodes.get("caritas")?.degree).toBe(2);
    expect(metrics.nodes.has("programme:rucksack")).toBe(false);
  });

  it("finds the bridge between the Brand Rucksack group and the rest, and names the groups it joins", () => {
    const top = metrics.brokers[0]!;
    expect(["caritas", "kita-a", "amt"]).toContain(top.id);
    const caritas = metrics.brokers.find((b) => b.id === "caritas");
    expect(caritas).toBeDefined();
    const joined = caritas!.between.map((id) => metrics.clusters.find((c) => c.id === id)!);
    expect(joined.map((c) => c.district).sort()).toEqual(["brand", "mitte"]);
    expect(joined.find((c) => c.district === "brand")?.programme).toBe("rucksack-kita");
  });

  it("tells isolated, single-link and separate partners apart", () => {
    expect(metrics.nodes.get("insel")?.standing).toBe("isolated");
    expect(metrics.nodes.get("verein")?.standing).toBe("single-link");
    expect(metrics.nodes.get("paar-1")?.standing).toBe("apart");
    expect(metrics.nodes.get("vhs")?.standing).toBe("connected");
  });

  it("gives the same clusters on every run", () => {
    const again = networkMetrics({ nodes: [...data.nodes].reverse(), edges: [...data.edges].reverse() });
    expect([...again.nodes.values()].map((m) => [m.id, m.cluster]).sort()).toEqual(
      [...metrics.nodes.values()].map((m) => [m.id, m.cluster]).sort(),
    );
  });

  it("focuses one partner's neighbourhood, one or two steps out", () => {
    const one = egoNetwork(data, "caritas", 1);
    expect(
      one.nodes
        .filter((n) => n.kind === "organisation")
        .map((n) => n.id)
        .sort(),
    ).toEqual(["amt", "caritas", "kita-a"]);
    expect(one.nodes.some((n) => n.id === "programme:rucksack")).toBe(true);
    const two = egoNetwork(data, "caritas", 2);
    expect(two.nodes.filter((n) => n.kind === "organisation")).toHaveLength(9);
    expect(egoNetwork(data, "unknown", 1)).toEqual({ nodes: [], edges: [] });
  });
});
