// One organisation's neighbourhood: partners within one or two steps over relationships, with the
// programmes they share. Coordinators use it to prepare a meeting with one partner.
import type { NetworkData } from "./graph";

export function egoNetwork(data: NetworkData, focus: string, steps: 1 | 2): NetworkData {
  if (!data.nodes.some((n) => n.id === focus)) return { nodes: [], edges: [] };
  const neighbours = new Map<string, string[]>();
  for (const e of data.edges) {
    if (e.kind !== "relationship") continue;
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const reached = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < steps; step++) {
    frontier = frontier.flatMap((id) => neighbours.get(id) ?? []).filter((id) => !reached.has(id));
    for (const id of frontier) reached.add(id);
  }
  const edges = data.edges.filter(
    (e) => reached.has(e.source) && (e.kind === "participation" || reached.has(e.target)),
  );
  const programmes = new Set(edges.filter((e) => e.kind === "participation").map((e) => e.target));
  return { nodes: data.nodes.filter((n) => reached.has(n.id) || programmes.has(n.id)), edges };
}
