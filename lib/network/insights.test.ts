// The network's sentences and cards say what is true: of the filtered view in words that say so,
// of the whole network where they mean it, in grammatical German and English, with one bridge figure.
import { describe, expect, it } from "vitest";
import { networkCards } from "./cards";
import { formatBridge } from "./figures";
import type { NetworkData, NetworkNode } from "./graph";
import { networkInsights } from "./insights";
import { networkMetrics } from "./metrics";

const org = (id: string, label: string, districts: string[] = [], programmes: string[] = []): NetworkNode => ({
  id,
  label,
  name: label,
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
const clique = (ids: string[]) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => rel(a, b)));

// The whole network: a Rucksack group in Brand and a group in Mitte joined through the Caritas,
// and a group of three without district or programme joined to Mitte through "Treff".
const brand = ["kita-a", "kita-b", "kita-c", "kita-d"];
const mitte = ["amt", "vhs", "jobcenter", "kim"];
const loose = ["x-1", "x-2", "x-3"];
const whole: NetworkData = {
  nodes: [
    ...brand.map((id) => org(id, `Kita ${id.slice(-1).toUpperCase()}`, ["brand"], ["rucksack-kita"])),
    ...mitte.map((id) => org(id, id.toUpperCase(), ["mitte"])),
    org("caritas", "Caritas", ["mitte"]),
    org("treff", "Treff"),
    ...loose.map((id) => org(id, `Verein ${id}`)),
    org("insel", "Inselverein"),
  ],
  edges: [
    ...clique(brand),
    ...clique(mitte),
    ...clique(loose),
    rel("caritas", "kita-a"),
    rel("caritas", "amt"),
    rel("treff", "vhs"),
    rel("treff", "x-1"),
  ],
};
const programmes = new Map([["rucksack-kita", "Rucksack KiTa"]]);

const partnersIn = (data: NetworkData) => {
  const metrics = networkMetrics(data);
  return new Map([...metrics.nodes.values()].map((m) => [m.id, m.degree]));
};
const wholePartners = partnersIn(whole);

function viewOf(data: NetworkData, narrowed: boolean) {
  const metrics = networkMetrics(data);
  return { data, metrics, narrowed, partners: narrowed ? wholePartners : partnersIn(data) };
}

/** The network as a district filter leaves it: only the Brand organisations. */
function onlyBrand(): NetworkData {
  const keep = new Set(brand);
  // Kita A's relationships within Brand are left out too, as a relation-type filter would.
  return {
    nodes: whole.nodes.filter((n) => keep.has(n.id)),
    edges: whole.edges.filter(
      (e) => keep.has(e.source) && keep.has(e.target) && e.source !== "kita-a" && e.target !== "kita-a",
    ),
  };
}

const focusHref = (id: string) => `/admin/network?focus=${id}`;

describe("network sentences", () => {
  it("describe the whole network plainly when nothing is filtered", () => {
    const sentences = networkInsights(viewOf(whole, false), "de", programmes);
    expect(sentences).toContain(
      "Caritas verbindet die Rucksack KiTa-Partner in Brand mit den Partnern in Aachen-Mitte (" +
        formatBridge(networkMetrics(whole).nodes.get("caritas")!.bridge, "de") +
        " der kürzesten Wege zwischen Partnern laufen darüber).",
    );
    expect(sentences).toContain("1 Organisation hat keine erfasste Beziehung: Inselverein.");
    expect(sentences.join(" ")).not.toMatch(/in dieser Ansicht|ganzen Netzwerk/i);
  });

  it("say 'in dieser Ansicht' with a filter set, and do not call an organisation without relationships when it has some elsewhere", () => {
    const sentences = networkInsights(viewOf(onlyBrand(), true), "de", programmes);
    const text = sentences.join("\n");
    expect(text).not.toMatch(/keine erfasste Beziehung: .*Kita A/);
    expect(sentences).toContain(
      "1 Organisation hat in dieser Ansicht keine Beziehung zu den anderen, wohl aber zu Organisationen außerhalb der Filter: Kita A.",
    );
    // Kita B works with 2 partners in this view and with 3 in the whole network.
    expect(sentences).toContain(
      "Kita B arbeitet in dieser Ansicht direkt mit 2 Partnern zusammen, im ganzen Netzwerk mit 3 Partnern.",
    );
    for (const sentence of sentences) expect(sentence).toMatch(/in dieser Ansicht|im ganzen Netzwerk/i);
  });

  it("still call an organisation without any relationship so when filtered, as a fact of the whole network", () => {
    const data: NetworkData = {
      nodes: whole.nodes.filter((n) => ["insel", "kita-b", "kita-c"].includes(n.id)),
      edges: [rel("kita-b", "kita-c")],
    };
    const sentences = networkInsights(viewOf(data, true), "de", programmes);
    expect(sentences).toContain("1 Organisation hat im ganzen Netzwerk keine erfasste Beziehung: Inselverein.");
  });

  it("put the group after 'mit' in the dative, whatever names the group", () => {
    // Treff joins Mitte and the group without district or programme ("die Gruppe um …").
    for (const data of [
      whole,
      { nodes: whole.nodes.filter((n) => !brand.includes(n.id) && n.id !== "caritas"), edges: whole.edges },
    ]) {
      const sentences = networkInsights(viewOf(data, false), "de", programmes);
      const brokers = sentences.filter((s) => s.includes(" verbindet "));
      expect(brokers.length).toBeGreaterThan(0);
      for (const sentence of brokers) expect(sentence).toMatch(/ mit (den|der|dem) /);
      for (const sentence of sentences) expect(sentence).not.toMatch(/\bmit (die|das)\b/);
    }
    const around = networkInsights(
      viewOf(
        { nodes: whole.nodes.filter((n) => !brand.includes(n.id) && n.id !== "caritas"), edges: whole.edges },
        false,
      ),
      "de",
      programmes,
    );
    expect(around.join("\n")).toMatch(/verbindet die Partner in Aachen-Mitte mit der Gruppe um /);
  });

  it("name two groups that share district and programme by their members, not twice alike", () => {
    const north = ["n-1", "n-2", "n-3", "n-4"];
    const south = ["s-1", "s-2", "s-3", "s-4"];
    const data: NetworkData = {
      nodes: [...north, ...south, "hub"].map((id) => org(id, `Org ${id}`, ["mitte"])),
      edges: [...clique(north), ...clique(south), rel("hub", "n-1"), rel("hub", "s-1")],
    };
    const broker = networkInsights(viewOf(data, false), "de", programmes).find((s) =>
      s.startsWith("Org hub verbindet"),
    )!;
    expect(broker).toMatch(/^Org hub verbindet die Gruppe um Org [ns]-\d mit der Gruppe um Org [ns]-\d \(/);
  });

  it("say the same in English", () => {
    const sentences = networkInsights(viewOf(onlyBrand(), true), "en", programmes);
    expect(sentences).toContain(
      "In this view, Kita B works directly with 2 partners; in the whole network with 3 partners.",
    );
    expect(sentences).toContain(
      "1 organisation has no relationship with the others in this view, but has relationships outside the current filters: Kita A.",
    );
    const plain = networkInsights(viewOf(whole, false), "en", programmes);
    expect(plain.find((s) => s.startsWith("Caritas connects"))).toMatch(
      /^Caritas connects the Rucksack KiTa partners in Brand with the partners in Aachen-Mitte \(\d+(\.\d)?% of the shortest/,
    );
  });
});

describe("network cards", () => {
  it("tell an organisation's partners from the whole network and its place in the filtered view in words that say so", () => {
    const cards = networkCards(viewOf(onlyBrand(), true), "de", programmes, focusHref);
    const kitaA = cards["kita-a"]!;
    expect(kitaA.facts).toContain("Arbeitet im ganzen Netzwerk mit 4 Partnern");
    expect(kitaA.facts).toContain("In dieser Ansicht mit keinem davon verbunden");
    expect(kitaA.facts).toContain("In dieser Ansicht ohne Beziehung zu den anderen Organisationen");
    expect(kitaA.facts.join("\n")).not.toMatch(/Keine erfasste Beziehung|Keine Verbindungen/);
  });

  it("state the bridge value as the table does, in the reader's number format", () => {
    const view = viewOf(whole, false);
    const caritas = view.metrics.nodes.get("caritas")!;
    const fact = networkCards(view, "de", programmes, focusHref)["caritas"]!.facts.find((f) =>
      f.startsWith("Brückenwert"),
    )!;
    expect(fact).toContain(formatBridge(caritas.bridge, "de"));
    expect(fact).toMatch(/^Brückenwert \d+(,\d)?\s%/);
    expect(formatBridge(0.1344, "de")).toMatch(/^13,4\s%$/);
    expect(formatBridge(0.1344, "en")).toBe("13.4%");
    expect(formatBridge(0.0001, "de")).toMatch(/^< 0,1\s%$/);
    expect(networkCards(view, "de", programmes, focusHref)["kita-b"]!.facts).toContain("Arbeitet mit 3 Partnern");
  });

  it("give equal bridge values the same rank", () => {
    // A path of four: the two inner organisations carry the same share of shortest paths.
    const path: NetworkData = {
      nodes: ["p1", "p2", "p3", "p4"].map((id) => org(id, id)),
      edges: [rel("p1", "p2"), rel("p2", "p3"), rel("p3", "p4")],
    };
    const cards = networkCards(viewOf(path, false), "de", programmes, focusHref);
    const rankIn = (id: string) => cards[id]!.facts.find((f) => f.startsWith("Brückenwert"))!.match(/Rang (\d+)/)?.[1];
    expect(rankIn("p2")).toBe("1");
    expect(rankIn("p3")).toBe("1");
  });

  it("name the one cluster without calling it the largest", () => {
    const path: NetworkData = {
      nodes: ["p1", "p2", "p3"].map((id) => org(id, `Verein ${id}`)),
      edges: [rel("p1", "p2"), rel("p2", "p3")],
    };
    const text = networkInsights(viewOf(path, true), "de", programmes)
      .map((i) => JSON.stringify(i))
      .join("\n");
    expect(text).toContain("einen Cluster:");
    expect(text).not.toContain("der größte");
  });
});
