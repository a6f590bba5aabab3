// What the network's shape says, computed on the organisations and their relationships (programme
// memberships would make every programme the centre of everything): connections, bridges, clusters,
// and who hangs on by a thread. Deterministic, so that figures and clusters do not change on reload.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { connectedComponents } from "graphology-components";
import betweenness from "graphology-metrics/centrality/betweenness";
import type { NetworkData, NetworkNode } from "./graph";

export type NodeMetrics = {
  id: string;
  /** distinct partners it has a relationship with */
  degree: number;
  /** share of shortest paths between other organisations that pass through it, 0–1 */
  bridge: number;
  cluster: number;
  /** size of the connected part of the network it belongs to */
  componentSize: number;
  standing: "isolated" | "single-link" | "apart" | "connected";
};

export type Cluster = {
  id: number;
  size: number;
  members: string[];
  /** the district most of its members are in, when most are */
  district: string | null;
  /** the programme most of its members take part in, when most do */
  programme: string | null;
  /** its two best-connected members, to name the cluster by */
  anchors: string[];
};

export type Broker = { id: string; bridge: number; between: [number, number] };

export type NetworkMetrics = {
  nodes: Map<string, NodeMetrics>;
  clusters: Cluster[];
  brokers: Broker[];
  mainComponentSize: number;
};

/** A small seeded generator (mulberry32): Louvain visits nodes in random order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function organisationGraph(data: NetworkData): Graph {
  const graph = new Graph({ type: "undirected", multi: false });
  for (const node of [...data.nodes].filter((n) => n.kind === "organisation").sort((a, b) => a.id.localeCompare(b.id)))
    graph.addNode(node.id);
  for (const edge of data.edges) {
    if (edge.kind !== "relationship" || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target);
  }
  return graph;
}

const majority = (values: string[], size: number): string | null => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] * 2 > size ? best[0] : null;
};

export function networkMetrics(data: NetworkData): NetworkMetrics {
  const graph = organisationGraph(data);
  const nodesById = new Map<string, NetworkNode>(data.nodes.map((n) => [n.id, n]));
  const bridges = graph.order > 2 ? betweenness(graph, { normalized: true }) : {};
  const communities: Record<string, number> = graph.size > 0 ? louvain(graph, { rng: seededRandom(7) }) : {};
  const components = connectedComponents(graph);
  const componentSize = new Map<string, number>();
  for (const component of components) for (const id of component) componentSize.set(id, component.length);
  const mainComponentSize = Math.max(0, ...components.map((c) => c.length));

  // Number clusters by size, so that "cluster 1" is the largest on every load.
  const byCluster = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const c = graph.degree(id) === 0 ? -1 : (communities[id] ?? -1);
    if (c >= 0) byCluster.set(c, [...(byCluster.get(c) ?? []), id]);
  });
  const ordered = [...byCluster.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const clusterOf = new Map<string, number>();
  const clusters: Cluster[] = ordered.map((members, index) => {
    for (const id of members) clusterOf.set(id, index + 1);
    const nodes = members.map((id) => nodesById.get(id)!);
    const anchors = [...members].sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b)).slice(0, 2);
    return {
      id: index + 1,
      size: members.length,
      members,
      district: majority(
        nodes.flatMap((n) => n.districts),
        members.length,
      ),
      programme: majority(
        nodes.flatMap((n) => n.programmes),
        members.length,
      ),
      anchors,
    };
  });

  const nodes = new Map<string, NodeMetrics>();
  graph.forEachNode((id) => {
    const degree = graph.degree(id);
    const size = componentSize.get(id) ?? 1;
    nodes.set(id, {
      id,
      degree,
      bridge: bridges[id] ?? 0,
      cluster: clusterOf.get(id) ?? 0,
      componentSize: size,
      standing:
        degree === 0 ? "isolated" : size < mainComponentSize ? "apart" : degree === 1 ? "single-link" : "connected",
    });
  });

  // A broker links clusters: among its partners, the two clusters it reaches most.
  const brokers: Broker[] = [...nodes.values()]
    .filter((m) => m.bridge > 0)
    .sort((a, b) => b.bridge - a.bridge || a.id.localeCompare(b.id))
    .slice(0, 5)
    .flatMap((m) => {
      const reached = new Map<number, number>();
      graph.forEachNeighbor(m.id, (n) => {
        const c = clusterOf.get(n);
        if (c && c !== m.cluster) reached.set(c, (reached.get(c) ?? 0) + 1);
      });
      const [other] = [...reached.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      return other ? [{ id: m.id, bridge: m.bridge, between: [m.cluster, other[0]] as [number, number] }] : [];
    });

  return { nodes, clusters, brokers, mainComponentSize };
}
