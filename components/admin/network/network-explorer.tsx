"use client";
// The graph and the card of the organisation clicked in it. The card's text comes ready from the
// server; the graph itself loads only in the browser (WebGL).
import dynamic from "next/dynamic";
import { Component, useCallback, useState, type ReactNode } from "react";
import type { GraphEdge, GraphNode, NetworkGraphProps } from "./network-graph";

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

export type NodeCard = { title: string; subtitle: string; facts: string[]; editHref: string | null; focusHref: string | null };

type Props = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  cards: Record<string, NodeCard>;
  initial: string | null;
  labels: NetworkGraphProps["labels"] & { edit: string; focus: string; hint: string; close: string; noWebgl: string };
  fileName: string;
};

export function NetworkExplorer({ nodes, edges, cards, initial, labels, fileName }: Props) {
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
