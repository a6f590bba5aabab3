import "server-only";
// The network as coordinators see it: organisations, the programmes they take part in, and the
// typed relationships between them, as of one date. Plain records, so that the page, the table, the
// exports and the metrics all describe the same graph.
import { db } from "../db";
import { inForceOn } from "../db/in-force";
import { programmeWithDescendants } from "../programmes/subtree";
import type { AdminLocale } from "../i18n/admin-locale";
import type { NetworkFilter } from "./filter";

export type NetworkNode = {
  id: string;
  /** what the graph writes beside the node: the short name where there is one */
  label: string;
  /** the full name, for the card and for finding it */
  name: string;
  kind: "organisation" | "programme";
  /** the organisation's type, or the programme's slug */
  type: string;
  districts: string[];
  /** slugs of the programmes an organisation takes part in as of the date */
  programmes: string[];
};

export type NetworkEdge = {
  id: string;
  source: string;
  target: string;
  kind: "relationship" | "participation";
  type: string;
};

export type NetworkData = { nodes: NetworkNode[]; edges: NetworkEdge[] };

export async function loadNetwork(
  filter: NetworkFilter,
  locale: AdminLocale,
  { withProgrammes = true } = {},
): Promise<NetworkData> {
  const scope = filter.programme ? new Set(await programmeWithDescendants(filter.programme)) : null;
  const [organisations, relationships, programmes] = await Promise.all([
    db.organization.findMany({
      where: { status: { not: "archived" }, ...(filter.type ? { type: filter.type } : {}) },
      orderBy: { id: "asc" },
      select: {
        id: true,
        name: true,
        shortName: true,
        type: true,
        locations: { where: { status: { not: "archived" } }, select: { district: { select: { code: true } } } },
        participations: {
          where: inForceOn(filter.asOf),
          select: { id: true, role: true, programme: { select: { id: true, slug: true } } },
        },
      },
    }),
    db.relationship.findMany({
      where: { ...inForceOn(filter.asOf), ...(filter.relation ? { type: filter.relation } : {}) },
      orderBy: { id: "asc" },
      select: { id: true, fromId: true, toId: true, type: true },
    }),
    db.programme.findMany({
      where: { status: { not: "archived" } },
      select: {
        id: true,
        slug: true,
        translations: { where: { locale: { in: [locale, "de"] } }, select: { locale: true, name: true } },
      },
    }),
  ]);

  // A programme filter includes its sub-programmes: IfKuF covers Griffbereit and Rucksack.
  const inProgramme = (p: { id: string }) => !scope || scope.has(p.id);
  const kept = organisations.filter(
    (o) =>
      (!filter.district || o.locations.some((l) => l.district?.code === filter.district)) &&
      (!filter.programme || o.participations.some((p) => inProgramme(p.programme))),
  );
  const keptIds = new Set(kept.map((o) => o.id));

  const nodes: NetworkNode[] = kept.map((o) => ({
    id: o.id,
    label: o.shortName ?? o.name,
    name: o.name,
    kind: "organisation",
    type: o.type,
    districts: [...new Set(o.locations.flatMap((l) => (l.district ? [l.district.code] : [])))].sort(),
    programmes: [...new Set(o.participations.map((p) => p.programme.slug))].sort(),
  }));
  const edges: NetworkEdge[] = relationships
    .filter((r) => keptIds.has(r.fromId) && keptIds.has(r.toId) && r.fromId !== r.toId)
    .map((r) => ({ id: r.id, source: r.fromId, target: r.toId, kind: "relationship", type: r.type }));

  if (withProgrammes) {
    const shown = programmes.filter(inProgramme);
    const shownIds = new Set(shown.map((p) => p.id));
    const linked = new Set<string>();
    for (const o of kept) {
      for (const p of o.participations) {
        if (!shownIds.has(p.programme.id)) continue;
        linked.add(p.programme.id);
        edges.push({
          id: p.id,
          source: o.id,
          target: `programme:${p.programme.id}`,
          kind: "participation",
          type: p.role,
        });
      }
    }
    for (const p of shown.filter((p) => linked.has(p.id))) {
      const name =
        p.translations.find((t) => t.locale === locale)?.name ??
        p.translations.find((t) => t.locale === "de")?.name ??
        p.slug;
      nodes.push({
        id: `programme:${p.id}`,
        label: name,
        name,
        kind: "programme",
        type: p.slug,
        districts: [],
        programmes: [p.slug],
      });
    }
  }
  return { nodes, edges };
}

/**
 * How many distinct partners each organisation has across the whole network as of the day, with
 * no filter: what a filtered view leaves out still counts as a relationship the organisation has.
 */
export async function wholeNetworkPartners(asOf: Date): Promise<Map<string, number>> {
  const [organisations, relationships] = await Promise.all([
    db.organization.findMany({ where: { status: { not: "archived" } }, select: { id: true } }),
    db.relationship.findMany({ where: inForceOn(asOf), select: { fromId: true, toId: true } }),
  ]);
  const known = new Set(organisations.map((o) => o.id));
  const partners = new Map<string, Set<string>>();
  for (const { fromId, toId } of relationships) {
    if (fromId === toId || !known.has(fromId) || !known.has(toId)) continue;
    for (const [a, b] of [
      [fromId, toId],
      [toId, fromId],
    ] as const) {
      const set = partners.get(a) ?? new Set<string>();
      set.add(b);
      partners.set(a, set);
    }
  }
  return new Map([...known].map((id) => [id, partners.get(id)?.size ?? 0]));
}
