"use client";
// The graph and the card of the organisation clicked in it. The card's text comes ready from the
// server; the graph itself loads only in the browser (WebGL).
import dynamic from "next/dynamic";
import { Component, useCallback, useMemo, useState, type ReactNode } from "react";
import type { NodeCard } from "@/lib/network/cards";
import type { GraphEdgeData, GraphNodeData } from "@/lib/network/view";
import type { NetworkGraphProps } from "./network-graph";
import { participationColour, programmeColour, relationshipColour, typeColours } from "./palette";

const NetworkGraph = dynamic<NetworkGraphProps>(() => import("./network-graph"), {
  ssr: false,
  loading: () => <div className="network-graph__canvas network-graph__canvas--loading" />,
});

/** Without WebGL sigma cannot draw: say so and point to the table, instead of a broken page. */
class GraphBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

type Props = {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  cards: Record<string, NodeCard>;
  initial: string | null;
  labels: NetworkGraphProps["labels"] & { edit: string; focus: string; hint: string; close: string; noWebgl: string };
  fileName: string;
};

export function NetworkExplorer({ nodes: plainNodes, edges: plainEdges, cards, initial, labels, fileName }: Props) {
  const nodes = useMemo(
    // Only what sigma reads: a "type" attribute would name a node program, not an organisation type.
    () =>
      plainNodes.map(({ type, ...n }) => ({ ...n, color: n.programme ? programmeColour : (typeColours[type] ?? "#555") })),
    [plainNodes],
  );
  const edges = useMemo(
    () =>
      plainEdges.map(({ kind, ...e }) => ({
        ...e,
        color: kind === "relationship" ? relationshipColour : participationColour,
        size: kind === "relationship" ? 1.5 : 0.8,
      })),
    [plainEdges],
  );
  const [selected, setSelected] = useState<string | null>(initial);
  const onSelect = useCallback((id: string | null) => setSelected(id), []);
  const card = selected ? cards[selected] : undefined;
  return (
    <div className="network-explorer">
      <GraphBoundary fallback={<p className="notice">{labels.noWebgl}</p>}>
        <NetworkGraph nodes={nodes} edges={edges} selected={selected} onSelect={onSelect} labels={labels} fileName={fileName} />
      </GraphBoundary>
      <aside className="card network-card" aria-live="polite" data-testid="network-card">
        {card ? (
          <>
            <h2>{card.title}</h2>
            <p className="muted">{card.subtitle}</p>
            <ul>
              {card.facts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
            <p className="meta-row">
              {card.editHref ? <a href={card.editHref}>{labels.edit}</a> : null}
              {card.focusHref ? <a href={card.focusHref}>{labels.focus}</a> : null}
              <button type="button" className="link-button" onClick={() => setSelected(null)}>
                {labels.close}
              </button>
            </p>
          </>
        ) : (
          <p className="muted">{labels.hint}</p>
        )}
      </aside>
    </div>
  );
}
