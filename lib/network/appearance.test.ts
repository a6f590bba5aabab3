import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { parseAppearance, styleNetwork } from "./appearance";
import { gexf } from "./export";
import type { NetworkData, NetworkNode } from "./graph";
import { networkMetrics } from "./metrics";

const org = (id: string, type: string, districts: string[], programmes: string[] = []): NetworkNode => ({
  id,
  label: id,
  name: id,
  kind: "organisation",
  type,
  districts,
  programmes,
});
const rel = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  kind: "relationship" as const,
  type: "funds",
});

// A hub in Mitte with three partners, two of them in Brand, and one organisation on its own.
const data: NetworkData = {
  nodes: [
    org("hub", "integration_centre", ["mitte"], ["komm-an"]),
    org("kita-a", "kita", ["brand"], ["rucksack-kita"]),
    org("kita-b", "kita", ["brand"], ["rucksack-kita", "griffbereit"]),
    org("verein", "migrant_organisation", ["mitte"]),
    org("allein", "migrant_organisation", []),
    {
      id: "programme:r",
      label: "Rucksack KiTa",
      name: "Rucksack KiTa",
      kind: "programme",
      type: "rucksack-kita",
      districts: [],
      programmes: ["rucksack-kita"],
    },
  ],
  edges: [
    rel("hub", "kita-a"),
    rel("hub", "kita-b"),
    rel("hub", "verein"),
    { id: "p1", source: "kita-a", target: "programme:r", kind: "participation", type: "host_site" },
  ],
};
const metrics = networkMetrics(data);
const programmes = new Map([
  ["rucksack-kita", "Rucksack KiTa"],
  ["komm-an", "KOMM-AN"],
]);

describe("colour and size by field", () => {
  it("colours by district with a legend that names and counts each district", () => {
    const styled = styleNetwork(data, metrics, { colour: "district", size: "connections" }, "de", programmes);
    expect(styled.colour.get("kita-a")).toBe(styled.colour.get("kita-b"));
    expect(styled.colour.get("kita-a")).not.toBe(styled.colour.get("hub"));
    const legend = Object.fromEntries(styled.legend.colours.map((c) => [c.label, c]));
    expect(legend["Brand"]?.count).toBe(2);
    expect(legend["Aachen-Mitte"]?.count).toBe(2);
    expect(legend["Brand"]?.colour).toBe(styled.colour.get("kita-a"));
    expect(legend["ohne Adresse in einem Stadtbezirk"]?.count).toBe(1);
    expect(styled.legend.colourTitle).toBe("Farbe: Stadtbezirk");
  });

  it("colours by programme, telling one programme from several", () => {
    const styled = styleNetwork(data, metrics, { colour: "programme", size: "equal" }, "en", programmes);
    const labels = styled.legend.colours.map((c) => c.label);
    expect(labels).toEqual(
      expect.arrayContaining(["Rucksack KiTa", "KOMM-AN", "in several programmes", "in no programme"]),
    );
    expect(styled.colour.get("kita-a")).not.toBe(styled.colour.get("kita-b"));
    expect(new Set(["hub", "kita-a", "verein"].map((id) => styled.size.get(id))).size).toBe(1);
    expect(styled.legend.sizes).toBeNull();
  });

  it("sizes by connections: the hub is the largest, the lone organisation the smallest", () => {
    const styled = styleNetwork(data, metrics, { colour: "connections", size: "connections" }, "de", programmes);
    const size = (id: string) => styled.size.get(id)!;
    expect(size("hub")).toBeGreaterThan(size("kita-a"));
    expect(size("kita-a")).toBeGreaterThan(size("allein"));
    expect(styled.legend.sizes).toEqual({ small: "0", large: "3" });
    expect(styled.colour.get("hub")).not.toBe(styled.colour.get("allein"));
    expect(styled.legend.colours.reduce((sum, c) => sum + c.count, 0)).toBe(data.nodes.length);
  });

  it("reads the fields from the address and ignores unknown ones", () => {
    expect(parseAppearance({ colour: "cluster", size: "bridge" })).toEqual({ colour: "cluster", size: "bridge" });
    expect(parseAppearance({ colour: "password", size: "<b>" })).toEqual({ colour: "kind", size: "connections" });
  });
});

describe("GEXF for Gephi", () => {
  it("declares GEXF 1.3 with its viz namespace and carries each node's colour, size and position", () => {
    const styled = styleNetwork(data, metrics, { colour: "district", size: "connections" }, "de", programmes);
    const positions = new Map(data.nodes.map((n, i) => [n.id, { x: i * 10.5, y: -i * 3 }]));
    const file = gexf(data, metrics, styled, positions);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(file);
    expect(doc.gexf.version).toBe("1.3");
    expect(doc.gexf.xmlns).toBe("http://gexf.net/1.3");
    expect(doc.gexf["xmlns:viz"]).toBe("http://gexf.net/1.3/viz");
    const nodes = doc.gexf.graph.nodes.node as Array<
      Record<string, { hex?: string; value?: string; x?: string; y?: string }>
    >;
    const hub = nodes.find((n) => (n as unknown as { id: string }).id === "hub")!;
    expect(hub["viz:color"]!.hex).toBe(styled.colour.get("hub"));
    expect(Number(hub["viz:size"]!.value)).toBeCloseTo(styled.size.get("hub")!, 5);
    expect(Number(hub["viz:position"]!.x)).toBe(positions.get("hub")!.x);
    const kita = nodes.find((n) => (n as unknown as { id: string }).id === "kita-b")!;
    expect(Number(kita["viz:position"]!.y)).toBe(positions.get("kita-b")!.y);
    const edges = doc.gexf.graph.edges.edge as Array<Record<string, unknown>>;
    expect(edges).toHaveLength(data.edges.length);
    expect(edges.every((e) => e["viz:color"])).toBe(true);
  });
});
