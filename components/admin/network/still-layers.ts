// Sigma stacks seven canvases, and without a GPU the compositor blends every one of them over the
// whole graph with each frame, drawn on or not: with all seven shown, a frame that redrew only the
// nodes took 45–70 ms, and 17–30 ms with the others hidden (`bench:graph`, 2,000 organisations).
// So a layer is shown only while it can hold something: edges, labels and hovers not while the
// picture moves (sigma leaves them out then), edge labels only when drawn, and the pointer's layer
// never (it only catches events, which an invisible element still does). While moving, the hidden
// layers are not cleared either, nor the picking texture that nothing reads then; the first still
// frame clears and draws them anew, and the frame after it the relationships.
//
// The picking texture is what sigma reads to find the node under the pointer. Kept while moving,
// it shows the picture as it stood when it was drawn, so the lookup answers only while the camera
// is within a few pixels of that picture (a click whose pointer shakes by a pixel still counts);
// otherwise nothing is under the pointer until the next still frame. The lookup reads a pixel back
// from the graphics card and waits for the frame being drawn: it is skipped while the mouse is held
// down, which had stretched frames to 150 ms while dragging.
import type Sigma from "sigma";
import { inMotion } from "./motion";

type RenderParams = Record<string, unknown>;
type Drawing = { render: (params: RenderParams) => void };

/** Sigma 3's private members used here; with another version the patch steps aside. */
type Internals = {
  clear: () => unknown;
  getNodeAtPosition: (position: { x: number; y: number }) => string | null;
  getRenderParams: () => RenderParams;
  edgePrograms: Record<string, Drawing>;
  resetWebGLTexture: (id: string) => unknown;
  renderHighlightedNodes: () => unknown;
  webGLContexts: Record<string, WebGLRenderingContext | undefined>;
  width: number;
  height: number;
  emit: (event: string) => unknown;
};

/** How far the picture may have moved since the picking texture was drawn for a lookup still to count. */
const PICKING_SLACK_PX = 3;

export function showOnlyLayersInUse(sigma: Sigma): () => void {
  const internals = sigma as unknown as Internals;
  const { clear, resetWebGLTexture, renderHighlightedNodes, getNodeAtPosition } = internals;
  const nodes = internals.webGLContexts?.nodes;
  if (typeof clear !== "function" || typeof resetWebGLTexture !== "function" || typeof renderHighlightedNodes !== "function" || typeof internals.getRenderParams !== "function" || typeof getNodeAtPosition !== "function" || !internals.edgePrograms || !nodes) return () => {};

  const movingDrawsNodesOnly = () => sigma.getSetting("hideEdgesOnMove") && sigma.getSetting("hideLabelsOnMove") && inMotion(sigma);
  const inUse = (layer: string, moving: boolean): boolean => {
    switch (layer) {
      case "nodes":
        return true;
      case "mouse":
        return false;
      case "edges":
        return !moving && !deferring;
      case "labels":
        return !moving && sigma.getSetting("renderLabels");
      case "edgeLabels":
        return !moving && sigma.getSetting("renderEdgeLabels");
      default:
        return !moving;
    }
  };
  // The first still frame after moving leaves the relationships to the next frame: both together
  // took over 100 ms at 10,000 relationships without a GPU.
  let deferring = false;
  let edgesFrame = 0;
  const deferrable = new WeakSet<Drawing>();
  const deferEdges = () => {
    for (const program of Object.values(internals.edgePrograms)) {
      if (deferrable.has(program)) continue;
      const render = program.render.bind(program);
      program.render = (params) => {
        if (!deferring) render(params);
      };
      deferrable.add(program);
    }
    deferring = true;
    edgesFrame = requestAnimationFrame(() => {
      edgesFrame = 0;
      deferring = false;
      const params = internals.getRenderParams();
      for (const program of Object.values(internals.edgePrograms)) program.render(params);
      showLayers(false);
    });
  };
  const cancelEdges = () => {
    if (edgesFrame) cancelAnimationFrame(edgesFrame);
    edgesFrame = 0;
    deferring = false;
  };

  const layers = Object.entries(sigma.getCanvases());
  // Each layer composited on its own, so that hiding and showing it needs no repaint.
  for (const [, canvas] of layers) canvas.style.willChange = "opacity";
  const shown = new Map<string, boolean>();
  const showLayers = (moving: boolean) => {
    for (const [layer, canvas] of layers) {
      const use = inUse(layer, moving);
      if (shown.get(layer) === use) continue;
      shown.set(layer, use);
      canvas.style.opacity = use ? "" : "0";
    }
  };
  showLayers(movingDrawsNodesOnly());

  let othersCleared = false;
  internals.clear = function () {
    const moving = movingDrawsNodesOnly();
    cancelEdges();
    if (!moving && othersCleared) deferEdges();
    showLayers(moving);
    if (!moving || !othersCleared) {
      othersCleared = moving;
      return clear.call(this);
    }
    internals.emit("beforeClear");
    nodes.bindFramebuffer(nodes.FRAMEBUFFER, null);
    nodes.clear(nodes.COLOR_BUFFER_BIT);
    internals.emit("afterClear");
    return this;
  };

  // Hovering draws between frames, onto the hover layers.
  internals.renderHighlightedNodes = function () {
    othersCleared = false;
    const drawn = renderHighlightedNodes.call(this);
    showLayers(movingDrawsNodesOnly());
    return drawn;
  };

  // A resized canvas needs a texture of its new size, moving or not.
  const textureSizes = new Map<string, string>();
  let pickedAt: { x: number; y: number; ratio: number; angle: number } | null = null;
  internals.resetWebGLTexture = function (id: string) {
    const size = `${internals.width}x${internals.height}`;
    if (movingDrawsNodesOnly() && textureSizes.get(id) === size) return this;
    textureSizes.set(id, size);
    // This frame draws the picking texture anew, for the camera as it is now.
    pickedAt = sigma.getCamera().getState();
    return resetWebGLTexture.call(this, id);
  };
  const pickingMatchesScreen = () => {
    if (!pickedAt) return false;
    const now = sigma.getCamera().getState();
    if (Math.abs(now.ratio - pickedAt.ratio) > pickedAt.ratio * 0.005 || now.angle !== pickedAt.angle) return false;
    // Where the picture's centre then lies on the screen now: the distance from the centre is how far it moved.
    const then = sigma.framedGraphToViewport({ x: pickedAt.x, y: pickedAt.y });
    const { width, height } = sigma.getDimensions();
    return Math.hypot(then.x - width / 2, then.y - height / 2) <= PICKING_SLACK_PX;
  };
  const captor = sigma.getMouseCaptor();
  internals.getNodeAtPosition = function (position) {
    return captor.isMouseDown || !pickingMatchesScreen() ? null : getNodeAtPosition.call(this, position);
  };

  return () => {
    cancelEdges();
    for (const [, canvas] of layers) {
      canvas.style.opacity = "";
      canvas.style.willChange = "";
    }
    internals.clear = clear;
    internals.renderHighlightedNodes = renderHighlightedNodes;
    internals.resetWebGLTexture = resetWebGLTexture;
    internals.getNodeAtPosition = getNodeAtPosition;
  };
}
