// Labels that neither overlap nor leave the canvas. Sigma already thins labels out per grid cell;
// this keeps the boxes drawn in the current frame and skips a label that would cover one of them
// (sigma draws the larger nodes' labels first, so those win), and puts a label left of its node
// or moves it inwards where the right or bottom edge would cut it off.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

type Box = { x: number; y: number; w: number; h: number };
const PADDING = 2;

type Settings = Parameters<NodeLabelDrawingFunction>[2];
type Data = Parameters<NodeLabelDrawingFunction>[1];

/** Where a label goes: right of its node, or left of it where the canvas ends, and inside it. */
function place(context: CanvasRenderingContext2D, data: Data, settings: Settings) {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label ?? "").width;
  const canvasWidth = context.canvas.clientWidth || context.canvas.width;
  const canvasHeight = context.canvas.clientHeight || context.canvas.height;
  let x = data.x + data.size + 3;
  if (x + width > canvasWidth - PADDING) x = data.x - data.size - 3 - width;
  x = Math.max(PADDING, Math.min(x, canvasWidth - PADDING - width));
  const y = Math.max(size, Math.min(data.y + size / 3, canvasHeight - PADDING));
  return { x, y, box: { x: x - PADDING, y: y - size, w: width + 2 * PADDING, h: size + PADDING * 2 } };
}

function write(context: CanvasRenderingContext2D, label: string, x: number, y: number) {
  // A white halo keeps a label legible over lines and other nodes.
  context.lineWidth = 3;
  context.strokeStyle = "rgba(255,255,255,0.9)";
  context.strokeText(label, x, y);
  context.fillStyle = "#1a1a1a";
  context.fillText(label, x, y);
}

/** The node under the pointer or chosen: a ring around it and its label, placed as the others. */
export const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fillStyle = "#fff";
  context.shadowBlur = 6;
  context.shadowColor = "rgba(0,0,0,0.5)";
  context.fill();
  context.shadowBlur = 0;
  context.beginPath();
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fillStyle = data.color;
  context.fill();
  if (!data.label) return;
  const { x, y } = place(context, data, settings);
  write(context, data.label, x, y);
};

export function createLabelDrawer() {
  let drawn: Box[] = [];
  const overlaps = (a: Box) =>
    drawn.some((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h);

  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const { x, y, box } = place(context, data, settings);
    if (overlaps(box)) return;
    drawn.push(box);
    write(context, data.label, x, y);
  };

  return { draw, reset: () => (drawn = []) };
}
