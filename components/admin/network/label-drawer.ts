// Labels that neither overlap nor leave the canvas. Sigma already thins labels out per grid cell;
// this keeps the boxes drawn in the current frame and skips a label that would cover one of them
// (sigma draws the larger nodes' labels first, so those win), and puts a label left of its node
// or moves it inwards where the right or bottom edge would cut it off.
import type { NodeLabelDrawingFunction } from "sigma/rendering";

type Box = { x: number; y: number; w: number; h: number };
const PADDING = 2;

export function createLabelDrawer() {
  let drawn: Box[] = [];
  const overlaps = (a: Box) =>
    drawn.some((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h);

  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const canvasWidth = context.canvas.clientWidth || context.canvas.width;
    const canvasHeight = context.canvas.clientHeight || context.canvas.height;
    let x = data.x + data.size + 3;
    if (x + width > canvasWidth - PADDING) x = data.x - data.size - 3 - width;
    x = Math.max(PADDING, Math.min(x, canvasWidth - PADDING - width));
    const y = Math.max(size, Math.min(data.y + size / 3, canvasHeight - PADDING));
    const box = { x: x - PADDING, y: y - size, w: width + 2 * PADDING, h: size + PADDING * 2 };
    if (overlaps(box)) return;
    drawn.push(box);
    // A white halo keeps a label legible over lines and other nodes.
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.9)";
    context.strokeText(data.label, x, y);
    context.fillStyle = "#1a1a1a";
    context.fillText(data.label, x, y);
  };

  return { draw, reset: () => (drawn = []) };
}
