"use client";
// The graph with its side panel: search, the card of the organisation chosen, the legend, pictures
// to download and saving the view. The card's text and the legend come ready from the server; the
// graph itself loads only in the browser (WebGL).
import dynamic from "next/dynamic";
import { Component, useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type Sigma from "sigma";
import type { Legend } from "@/lib/network/appearance";
import type { NodeCard } from "@/lib/network/cards";
import { participationColour, relationshipColour } from "@/lib/network/palette";
import type { GraphEdgeData, GraphNodeData } from "@/lib/network/view";
import type { Camera, NetworkGraphProps } from "./network-graph";
import { NetworkLegend } from "./network-legend";
import { downloadPng, downloadSvg, networkSvg, type PictureText } from "./network-picture";
import { NetworkSaveForm, type SaveViewAction } from "./network-save-form";
import { NetworkSearch } from "./network-search";
import { useShareShownPositions } from "./shown-positions";
import { useSameValue } from "./use-same-value";

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

export type ExplorerLabels = NetworkGraphProps["labels"] & {
  edit: string;
  focus: string;
  hint: string;
  close: string;
  noWebgl: string;
  legend: string;
  sizeRange: string;
  sizeEqual: string;
  lines: string;
  pictures: string;
  svg: string;
  png: string;
  search: { label: string; submit: string; notFound: string; found: string };
  save: { title: string; name: string; submit: string; saved: string; errors: Record<string, string> };
};

type Props = {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  cards: Record<string, NodeCard>;
  initial: string | null;
  labels: ExplorerLabels;
  legend: Legend;
  picture: PictureText;
  fileName: string;
  saved: { positions: Record<string, [number, number]> | null; camera: Camera | null } | null;
  query: string;
  saveAction: SaveViewAction | null;
};

export function NetworkExplorer({
  nodes: plainNodes,
  edges: plainEdges,
  cards,
  initial,
  labels,
  legend,
  picture,
  fileName,
  saved,
  query,
  saveAction,
}: Props) {
  const nodes = useSameValue(plainNodes);
  const sameEdges = useSameValue(plainEdges);
  const edges = useMemo(
    () =>
      sameEdges.map(({ kind, ...e }) => ({
        ...e,
        color: kind === "relationship" ? relationshipColour : participationColour,
        size: kind === "relationship" ? 1.5 : 0.8,
      })),
    [sameEdges],
  );
  const savedPositions = useSameValue(saved?.positions ?? null);
  const savedCamera = useSameValue(saved?.camera ?? null);
  const [selected, setSelected] = useState<string | null>(initial);
  const onSelect = useCallback((id: string | null) => setSelected(id), []);
  const sigma = useRef<Sigma | null>(null);
  const onReady = useCallback((s: Sigma | null) => {
    sigma.current = s;
  }, []);
  const card = selected ? cards[selected] : undefined;

  const find = useCallback((id: string) => {
    setSelected(id);
    const s = sigma.current;
    const at = s?.getNodeDisplayData(id);
    if (s && at) void s.getCamera().animate({ x: at.x, y: at.y, ratio: 0.35 }, { duration: 400 });
  }, []);
  const picture_ = () => (sigma.current ? networkSvg(sigma.current.getGraph(), legend, picture) : null);
  const positions = useCallback(() => {
    const graph = sigma.current?.getGraph();
    if (!graph) return null;
    const all: Record<string, [number, number]> = {};
    graph.forEachNode(
      (id, a) => (all[id] = [Math.round((a.x as number) * 100) / 100, Math.round((a.y as number) * 100) / 100]),
    );
    return all;
  }, []);
  // The GEXF download below the filters takes the graph as it is on screen.
  useShareShownPositions(positions);
  const camera = () => {
    const state = sigma.current?.getCamera().getState();
    return state ? { x: state.x, y: state.y, ratio: state.ratio } : null;
  };

  return (
    <div className="network-workspace">
      <GraphBoundary fallback={<p className="notice">{labels.noWebgl}</p>}>
        <NetworkGraph
          nodes={nodes}
          edges={edges}
          selected={selected}
          onSelect={onSelect}
          labels={labels}
          positions={savedPositions}
          camera={savedCamera}
          onReady={onReady}
        />
      </GraphBoundary>
      <div className="network-panel">
        <NetworkSearch nodes={plainNodes} onFind={find} labels={labels.search} />
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
        <NetworkLegend legend={legend} labels={labels} />
        <section aria-label={labels.pictures} className="meta-row">
          <span>{labels.pictures}:</span>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              const svg = picture_();
              if (svg) downloadSvg(svg, fileName);
            }}
          >
            {labels.svg}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              const svg = picture_();
              if (svg) void downloadPng(svg, fileName);
            }}
          >
            {labels.png}
          </button>
        </section>
        {saveAction ? (
          <NetworkSaveForm
            action={saveAction}
            labels={labels.save}
            snapshot={() => ({ query, camera: camera(), positions: positions() })}
          />
        ) : null}
      </div>
    </div>
  );
}
