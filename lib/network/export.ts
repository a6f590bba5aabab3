// The current view of the network as files: CSV of nodes and of edges for spreadsheets, GEXF for
// Gephi. The same rows the table shows, with the metrics next to each organisation.
import Graph from "graphology";
import { write as writeGexf } from "graphology-gexf";
import { toCsv } from "../csv/write";
import type { NetworkData } from "./graph";
import type { Styled } from "./appearance";
import type { NetworkMetrics } from "./metrics";
import { otherColour, participationColour, relationshipColour } from "./palette";

const percent = (share: number) => Math.round(share * 1000) / 10;

export function nodesCsv(data: NetworkData, metrics: NetworkMetrics): string {
  const rows = data.nodes.map((n) => {
    const m = metrics.nodes.get(n.id);
    return [
      n.id,
      n.label,
      n.kind,
      n.type,
      n.districts.join(" "),
      n.programmes.join(" "),
      m?.degree ?? "",
      m ? percent(m.bridge) : "",
      m?.cluster || "",
      m?.standing ?? "",
    ];
  });
  return toCsv([
    ["id", "name", "kind", "type", "districts", "programmes", "connections", "bridge_percent", "cluster", "standing"],
    ...rows,
  ]);
}

export function edgesCsv(data: NetworkData): string {
  const names = new Map(data.nodes.map((n) => [n.id, n.label]));
  const rows = data.edges.map((e) => [
    e.source,
    names.get(e.source) ?? "",
    e.target,
    names.get(e.target) ?? "",
    e.kind,
    e.type,
  ]);
  return toCsv([["source", "source_name", "target", "target_name", "kind", "type"], ...rows]);
}

/**
 * GEXF 1.3 with the picture as it is drawn: each node's colour, size and position in the viz
 * namespace Gephi reads (http://gexf.net/1.3/viz; graphology-gexf's 1.2 writer misspells it,
 * "http:///www.gexf.net/1.1draft/viz", and Gephi then drops every colour and position).
 */
export function gexf(
  data: NetworkData,
  metrics: NetworkMetrics,
  styled: Pick<Styled, "colour" | "size">,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): string {
  const graph = new Graph({ type: "directed", multi: true });
  for (const n of data.nodes) {
    const m = metrics.nodes.get(n.id);
    const at = positions.get(n.id);
    graph.addNode(n.id, {
      label: n.label,
      // "kind" of a node is an ordinary attribute; on an edge GEXF reserves it, hence "connection".
      kind: n.kind,
      type: n.type,
      districts: n.districts.join(" "),
      programmes: n.programmes.join(" "),
      connections: m?.degree ?? 0,
      bridge: m?.bridge ?? 0,
      cluster: m?.cluster ?? 0,
      color: styled.colour.get(n.id) ?? otherColour,
      size: styled.size.get(n.id) ?? 3,
      ...(at ? { x: round(at.x), y: round(at.y) } : {}),
    });
  }
  for (const e of data.edges)
    if (graph.hasNode(e.source) && graph.hasNode(e.target))
      graph.addEdgeWithKey(e.id, e.source, e.target, {
        connection: e.kind,
        type: e.type,
        color: e.kind === "relationship" ? relationshipColour : participationColour,
        thickness: e.kind === "relationship" ? 2 : 1,
      });
  return writeGexf(graph, { version: "1.3" });
}

const round = (v: number) => Math.round(v * 100) / 100;
