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
import { EdgeLineProgram } from "sigma/rendering";
import { createLabelDrawer, drawHover, type Box } from "./label-drawer";
import { PerVertexEdgeRectangleProgram, PerVertexNodeCircleProgram } from "./per-vertex-programs";
import { showOnlyLayersInUse } from "./still-layers";

export type GraphNode = { id: string; label: string; name: string; x: number; y: number; size: number; color: string; programme: boolean };
export type GraphEdge = { id: string; source: string; target: string; color: string; size: number };

export type Camera = { x: number; y: number; ratio: number };

export type NetworkGraphProps = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  labels: { region: string; layoutRunning: string; layoutDone: string; zoomIn: string; zoomOut: string; zoomReset: string };
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

/**
 * Without a GPU a line costs by its length on screen, and sigma's lines of 1.7 pixels with smooth
 * edges cost about twice as much as plain hairlines: 80 against 44 ms for 10,000 relationships
 * (`bench:graph`), paid by the frame that brings them back after each pan or zoom. Above this many
 * relationships, where the lines form a dense web anyway, they are drawn as hairlines.
 */
const HAIRLINES_ABOVE = 3000;

function layoutDuration(order: number) {
  return Math.min(8000, 1500 + order * 2);
}

function GraphContent({ nodes, edges, selected, onSelect, positions, camera, onReady, onStatus, labels }: NetworkGraphProps & { onStatus: (running: boolean) => void }) {
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
    // The layout moves the nodes of its own copy of the graph; the picture takes their places over
    // at intervals and at the end. Each take-over redraws every node and line, which at thousands
    // of relationships without a GPU costs more than a frame: a large network moves in steps, and
    // the page stays responsive in between.
    const shown = sigma.getGraph();
    const show = () =>
      shown.updateEachNodeAttributes(
        (node, attributes) => {
          const placed = graph.getNodeAttributes(node);
          return { ...attributes, x: placed.x, y: placed.y };
        },
        { attributes: ["x", "y"] },
      );
    const showing = setInterval(show, graph.order > 500 ? 600 : 100);
    const layoutStarted = performance.now();
    layout.start();
    onStatus(true);
    const stop = setTimeout(() => {
      layout.stop();
      clearInterval(showing);
      show();
      cancelAnimationFrame(frame);
      timings.layoutMs = performance.now() - layoutStarted;
      timings.longestFrameMs = longest;
      onStatus(false);
    }, layoutDuration(graph.order));
    return () => {
      clearInterval(showing);
      clearTimeout(stop);
      cancelAnimationFrame(frame);
      layout.kill();
      onReady(null);
    };
  }, [nodes, edges, positions, camera, loadGraph, sigma, onStatus, onReady]);

  // After a drag sigma brings the hidden edges back with a full refresh, re-reading every node and
  // edge (a frame of over 100 ms at 10,000 relationships without a GPU); nothing changed but the
  // camera, so drawing once is enough. The release is announced before that refresh, which sigma
  // defers so that the click ending a drag is not taken for a click on the graph.
  useEffect(() => {
    const captor = sigma.getMouseCaptor();
    const refresh = sigma.refresh.bind(sigma);
    let released = false;
    const afterDrag = () => {
      if (captor.draggedEvents === 0) return;
      released = true;
      setTimeout(() => (released = false), 0);
    };
    sigma.refresh = (options) => {
      if (!released || options) return refresh(options);
      released = false;
      return sigma.scheduleRender();
    };
    captor.on("mouseup", afterDrag);
    const restoreLayers = showOnlyLayersInUse(sigma);
    return () => {
      captor.off("mouseup", afterDrag);
      restoreLayers();
      sigma.refresh = refresh;
    };
  }, [sigma]);

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
      <ZoomControl labels={{ zoomIn: labels.zoomIn, zoomOut: labels.zoomOut, reset: labels.zoomReset }} />
    </ControlsContainer>
  );
}

/**
 * Each frame starts with no label drawn, so the label drawer's collision boxes are the frame's own;
 * the zoom buttons over the canvas count as drawn, so that no label runs under them.
 */
function LabelFrames({ reset }: { reset: (reserved: Box[]) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    const start = () => {
      const controls = container.querySelector(".react-sigma-controls");
      if (!controls) return reset([]);
      const outer = container.getBoundingClientRect();
      const inner = controls.getBoundingClientRect();
      reset([{ x: inner.left - outer.left, y: inner.top - outer.top, w: inner.width, h: inner.height }]);
    };
    sigma.on("beforeRender", start);
    return () => void sigma.off("beforeRender", start);
  }, [sigma, reset]);
  return null;
}

export default function NetworkGraph(props: NetworkGraphProps) {
  // Arranging until the graph says otherwise: a saved arrangement reports itself done at once.
  const [running, setRunning] = useState(true);
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
            // Without a GPU, ten thousand lines and the labels' text per frame make panning and
            // zooming stutter (`bench:graph`); they come back as soon as the picture stands still.
            hideEdgesOnMove: true,
            hideLabelsOnMove: true,
            nodeProgramClasses: { circle: PerVertexNodeCircleProgram },
            edgeProgramClasses: { line: props.edges.length > HAIRLINES_ABOVE ? EdgeLineProgram : PerVertexEdgeRectangleProgram },
          }}
        >
          <LabelFrames reset={labelDrawer.reset} />
          <GraphContent {...props} onStatus={setRunning} />
        </SigmaContainer>
      </div>
    </div>
  );
}
