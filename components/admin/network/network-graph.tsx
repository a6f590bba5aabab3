"use client";
// The network drawn with sigma.js (WebGL). ForceAtlas2 runs in a web worker, so the page stays
// responsive while the layout settles; it stops by itself. Loaded only on this page.
import "@react-sigma/core/lib/style.css";
import { ControlsContainer, SigmaContainer, useLoadGraph, useRegisterEvents, useSigma, ZoomControl } from "@react-sigma/core";
import { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { useEffect, useMemo, useState } from "react";
import { createLabelDrawer, drawHover } from "./label-drawer";

export type GraphNode = { id: string; label: string; x: number; y: number; size: number; color: string; programme: boolean };
export type GraphEdge = { id: string; source: string; target: string; color: string; size: number };

export type Camera = { x: number; y: number; ratio: number };

export type NetworkGraphProps = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  labels: { region: string; layoutRunning: string; layoutDone: string };
  /** positions as saved with a view: the graph shows them instead of arranging itself anew */
  positions: Record<string, [number, number]> | null;
  camera: Camera | null;
  /** hands the renderer to the page around it (search, saving a view, pictures) */
  onReady: (sigma: Sigma | null) => void;
};

/** Timings the graph benchmark reads from the page. */
declare global {
  interface Window {
    __networkTimings?: { nodes: number; edges: number; firstRenderMs?: number; layoutMs?: number; longestFrameMs?: number };
  }
}

function layoutDuration(order: number) {
  return Math.min(8000, 1500 + order * 2);
}

function GraphContent({ nodes, edges, selected, onSelect, positions, camera, onReady, onStatus }: NetworkGraphProps & { onStatus: (running: boolean) => void }) {
  const loadGraph = useLoadGraph();
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    const started = performance.now();
    const graph = new MultiDirectedGraph();
    for (const n of nodes) {
      const saved = positions?.[n.id];
      graph.addNode(n.id, { label: n.label, x: saved?.[0] ?? n.x, y: saved?.[1] ?? n.y, size: n.size, color: n.color, programme: n.programme });
    }
    for (const e of edges) if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdgeWithKey(e.id, e.source, e.target, { color: e.color, size: e.size });
    loadGraph(graph);
    if (camera) sigma.getCamera().setState(camera);
    onReady(sigma);
    const timings: NonNullable<Window["__networkTimings"]> = { nodes: graph.order, edges: graph.size };
    window.__networkTimings = timings;
    sigma.once("afterRender", () => {
      timings.firstRenderMs = performance.now() - started;
    });

    // Watch frame gaps while the layout runs, from the first drawn frame on (the first frame also
    // compiles the shaders): a long gap would be a frozen page.
    let longest = 0;
    let last = 0;
    let frame = requestAnimationFrame(function tick(now) {
      if (timings.firstRenderMs !== undefined) {
        if (last) longest = Math.max(longest, now - last);
        last = now;
      }
      frame = requestAnimationFrame(tick);
    });
    // A saved view keeps its arrangement; only organisations added since have no saved place.
    if (positions && nodes.every((n) => positions[n.id])) {
      timings.layoutMs = 0;
      timings.longestFrameMs = 0;
      cancelAnimationFrame(frame);
      onStatus(false);
      return () => onReady(null);
    }
    const layout = new FA2Layout(graph, {
      // Strong gravity keeps partners without relationships near the rest instead of at the edge.
      settings: { ...inferSettings(graph), barnesHutOptimize: graph.order > 500, strongGravityMode: true, gravity: 0.5 },
    });
    const layoutStarted = performance.now();
    layout.start();
    onStatus(true);
    const stop = setTimeout(() => {
      layout.stop();
      cancelAnimationFrame(frame);
      timings.layoutMs = performance.now() - layoutStarted;
      timings.longestFrameMs = longest;
      onStatus(false);
    }, layoutDuration(graph.order));
    return () => {
      clearTimeout(stop);
      cancelAnimationFrame(frame);
      layout.kill();
      onReady(null);
    };
  }, [nodes, edges, positions, camera, loadGraph, sigma, onStatus, onReady]);

  useEffect(() => {
    registerEvents({
      clickNode: (event) => onSelect(event.node),
      clickStage: () => onSelect(null),
    });
  }, [registerEvents, onSelect]);

  // The chosen organisation stands out; the rest steps back.
  useEffect(() => {
    sigma.setSetting("nodeReducer", (node, data) =>
      selected && node !== selected && !sigma.getGraph().areNeighbors(node, selected) ? { ...data, color: "#d9d9d9", label: "" } : { ...data, highlighted: node === selected },
    );
    sigma.refresh();
  }, [selected, sigma]);

  return (
    <ControlsContainer position="bottom-right">
      <ZoomControl />
    </ControlsContainer>
  );
}

/** Each frame starts with no label drawn, so the label drawer's collision boxes are the frame's own. */
function LabelFrames({ reset }: { reset: () => void }) {
  const sigma = useSigma();
  useEffect(() => {
    sigma.on("beforeRender", reset);
    return () => void sigma.off("beforeRender", reset);
  }, [sigma, reset]);
  return null;
}

export default function NetworkGraph(props: NetworkGraphProps) {
  const [running, setRunning] = useState(false);
  const labelDrawer = useMemo(() => createLabelDrawer(), []);
  return (
    <div className="network-graph">
      <p role="status" className="muted">
        {running ? props.labels.layoutRunning : props.labels.layoutDone}
      </p>
      <div role="region" aria-label={props.labels.region} className="network-graph__canvas" data-testid="network-graph">
        <SigmaContainer
          graph={MultiDirectedGraph}
          style={{ height: "100%", width: "100%" }}
          settings={{
            renderEdgeLabels: false,
            labelRenderedSizeThreshold: 8,
            defaultEdgeType: "line",
            zIndex: true,
            labelDensity: 0.5,
            defaultDrawNodeLabel: labelDrawer.draw,
            defaultDrawNodeHover: drawHover,
            // Without a GPU, ten thousand lines per frame make panning and zooming stutter; they
            // come back as soon as the picture stands still. (Hiding the labels too made the frame
            // that brings everything back longer, not shorter: bench:graph.)
            hideEdgesOnMove: true,
          }}
        >
          <LabelFrames reset={labelDrawer.reset} />
          <GraphContent {...props} onStatus={setRunning} />
        </SigmaContainer>
      </div>
    </div>
  );
}
