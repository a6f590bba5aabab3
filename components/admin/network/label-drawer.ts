// Labels that neither overlap nor leave the canvas. Sigma already thins labels out per grid cell;
// this keeps the boxes drawn in the current frame and skips a label that would cover one of them
// (sigma draws the larger nodes' labels first, so those win). A label sits right of its node, or
// left of it where the right edge would cut it off or another label is in the way; where neither side has room (a phone's narrow
// canvas and a long name), it is shortened with "…" on the roomier side rather than pushed across
// its own node and its neighbours. A node outside the canvas (sigma still hands over those near
// its edge) gets no label, and the zoom buttons count as drawn boxes, so that no label runs under
// them. The node under the pointer shows its whole name.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

export type Box = { x: number; y: number; w: number; h: number };
const PADDING = 2;
const GAP = 3;
const ELLIPSIS = "…";
// Fewer letters than this say nothing; such a label is left out instead.
const MIN_CHARS = 6;

type Settings = Parameters<NodeLabelDrawingFunction>[2];
type Data = Parameters<NodeLabelDrawingFunction>[1];
type Placed = { text: string; x: number; y: number; box: Box };

/** The longest start of `text` that fits `room` with an ellipsis, or null if too little is left. */
function shorten(context: CanvasRenderingContext2D, text: string, room: number): string | null {
  let fits = 0;
  let tooLong = text.length;
  while (tooLong - fits > 1) {
    const middle = (fits + tooLong) >> 1;
    if (context.measureText(text.slice(0, middle).trimEnd() + ELLIPSIS).width <= room) fits = middle;
    else tooLong = middle;
  }
  return fits >= MIN_CHARS ? text.slice(0, fits).trimEnd() + ELLIPSIS : null;
}

function outside(context: CanvasRenderingContext2D, data: Data) {
  const width = context.canvas.clientWidth || context.canvas.width;
  const height = context.canvas.clientHeight || context.canvas.height;
  return data.x < 0 || data.x > width || data.y < 0 || data.y > height;
}

/**
 * Where a label may go and what it says, best first: right of its node, then left of it; where
 * neither side has room, shortened on the roomier side. `whole` (the hovered node) keeps the full
 * name and moves it inside the canvas.
 */
function places(context: CanvasRenderingContext2D, data: Data, settings: Settings, whole: boolean): Placed[] {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  // CSS pixels, as sigma draws (it scales the context by the device pixel ratio itself).
  const canvasWidth = context.canvas.clientWidth || context.canvas.width;
  const canvasHeight = context.canvas.clientHeight || context.canvas.height;
  if (!whole && outside(context, data)) return [];
  const label = data.label ?? "";
  const y = Math.max(size, Math.min(data.y + size / 3, canvasHeight - PADDING));
  const at = (text: string, x: number, width: number): Placed => ({
    text,
    x,
    y,
    box: { x: x - PADDING, y: y - size, w: width + 2 * PADDING, h: size + PADDING * 2 },
  });
  const width = context.measureText(label).width;
  const right = data.x + data.size + GAP;
  const rightRoom = canvasWidth - PADDING - right;
  const leftRoom = data.x - data.size - GAP - PADDING;
  const found: Placed[] = [];
  if (width <= rightRoom) found.push(at(label, right, width));
  if (width <= leftRoom) found.push(at(label, leftRoom + PADDING - width, width));
  if (found.length) return found;
  if (whole) return [at(label, Math.max(PADDING, Math.min(right, canvasWidth - PADDING - width)), width)];
  const short = shorten(context, label, Math.max(rightRoom, leftRoom));
  if (!short) return [];
  const shortWidth = context.measureText(short).width;
  return [at(short, rightRoom >= leftRoom ? right : leftRoom + PADDING - shortWidth, shortWidth)];
}

function write(context: CanvasRenderingContext2D, placed: Placed) {
  // A pale box keeps a label legible over lines and other nodes. (A halo of outlined text looked
  // alike, but without a GPU outlining the letters made the first still frame after a pan 100 ms
  // longer at 2,000 organisations.)
  context.fillStyle = "rgba(255,255,255,0.8)";
  context.fillRect(placed.box.x, placed.box.y, placed.box.w, placed.box.h);
  context.fillStyle = "#1a1a1a";
  context.fillText(placed.text, placed.x, placed.y);
}

/** The node under the pointer or chosen: a ring around it and its label, placed as the others. */
export const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
  // The chosen organisation moved out of sight: no ring or label pushed to the canvas edge.
  if (outside(context, data)) return;
  // A grey rim and a white ring, filled rather than a blurred shadow: without a GPU the blur
  // lengthened the frame of each hover.
  context.beginPath();
  context.arc(data.x, data.y, data.size + 4, 0, Math.PI * 2);
  context.fillStyle = "rgba(0,0,0,0.3)";
  context.fill();
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fillStyle = "#fff";
  context.fill();
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fillStyle = data.color;
  context.fill();
  if (!data.label) return;
  const [placed] = places(context, data, settings, true);
  if (placed) write(context, placed);
};

export function createLabelDrawer() {
  let drawn: Box[] = [];
  const overlaps = (a: Box) =>
    drawn.some((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h);

  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    // The chosen organisation's whole name is drawn on the layer above (drawHover); here it only
    // keeps its place, so that no other label runs into it.
    if (data.highlighted) {
      const [whole] = outside(context, data) ? [] : places(context, data, settings, true);
      if (whole) drawn.push(whole.box);
      return;
    }
    const placed = places(context, data, settings, false).find((candidate) => !overlaps(candidate.box));
    if (!placed) return;
    drawn.push(placed.box);
    write(context, placed);
  };

  /** Starts a frame; `reserved` are areas covered by controls over the canvas. */
  const reset = (reserved: Box[] = []) => {
    drawn = [...reserved];
  };
  return { draw, reset };
}
