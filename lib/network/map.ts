import "server-only";
// The network on the map: organisations as points, relationships as lines between them, both as
// they stood on the filter's date.
import { db } from "../db";
import { inForceOn } from "../db/in-force";
import { programmeWithDescendants } from "../programmes/subtree";
import type { OrganisationType } from "../organisations/types";
import type { RelationshipType } from "../relationships/editing";
import type { NetworkFilter } from "./filter";

export type NetworkMapNode = {
  id: string;
  name: string;
  type: OrganisationType;
  lat: number;
  lng: number;
  degree: number;
  /** slugs of the programmes it takes part in on the filter's date, in no particular order */
  programmes: string[];
};
export type NetworkMapEdge = { from: string; to: string; type: RelationshipType };
export type NetworkMapData = {
  nodes: NetworkMapNode[];
  edges: NetworkMapEdge[];
  /** Organisations that match the filter but have no location to be drawn at. */
  unplaced: number;
};

const notArchived = { not: "archived" } as const;

export async function networkMapData(filter: NetworkFilter): Promise<NetworkMapData> {
  const programmeIds = filter.programme ? await programmeWithDescendants(filter.programme) : null;
  if (programmeIds?.length === 0) return { nodes: [], edges: [], unplaced: 0 };
  const locationWhere = { status: notArchived, ...(filter.district ? { district: { code: filter.district } } : {}) };

  const organisations = await db.organization.findMany({
    where: {
      status: notArchived,
      ...(filter.type ? { type: filter.type } : {}),
      ...(programmeIds
        ? { participations: { some: { programmeId: { in: programmeIds }, ...inForceOn(filter.asOf) } } }
        : {}),
      ...(filter.district ? { locations: { some: locationWhere } } : {}),
    },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      type: true,
      // With a district chosen the point sits in that district, not at an address elsewhere.
      locations: {
        where: locationWhere,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { latitude: true, longitude: true },
      },
      participations: { where: inForceOn(filter.asOf), select: { programme: { select: { slug: true } } } },
    },
  });

  const placed = organisations.flatMap(({ locations: [location], participations, ...org }) =>
    location
      ? [
          {
            ...org,
            lat: location.latitude,
            lng: location.longitude,
            programmes: [...new Set(participations.map((p) => p.programme.slug))],
          },
        ]
      : [],
  );
  const shown = new Set(placed.map((org) => org.id));

  // Fetched whole and matched here: a list of every shown id in the query would run into the
  // database's limit on parameters once the network is large.
  const relationships = await db.relationship.findMany({
    where: {
      ...(filter.relation ? { type: filter.relation } : {}),
      from: { status: notArchived },
      to: { status: notArchived },
      ...inForceOn(filter.asOf),
    },
    orderBy: [{ type: "asc" }, { fromId: "asc" }, { toId: "asc" }],
    select: { fromId: true, toId: true, type: true },
  });
  const edges = relationships
    .filter((r) => shown.has(r.fromId) && shown.has(r.toId))
    .map((r) => ({ from: r.fromId, to: r.toId, type: r.type }));

  const degree = new Map<string, number>();
  for (const edge of edges) {
    degree.set(edge.from, (degree.get(edge.from) ?? 0) + 1);
    degree.set(edge.to, (degree.get(edge.to) ?? 0) + 1);
  }
  return {
    nodes: placed.map((org) => ({ ...org, degree: degree.get(org.id) ?? 0 })),
    edges,
    unplaced: organisations.length - placed.length,
  };
}
