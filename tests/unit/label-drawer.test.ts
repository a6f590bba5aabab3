// The network graph's labels on a phone's narrow canvas: a long name stays beside its node, shortened
// where neither side has room, and never lies across its own node or another label.
import { describe, expect, it } from "vitest";
import { createLabelDrawer, drawHover } from "@/components/admin/network/label-drawer";

type Drawn = { text: string; x: number; y: number };

/** A canvas 390 CSS pixels wide (drawn at a device pixel ratio of 2.75) whose letters are 7 px wide. */
function canvas(width = 390, height = 500) {
  const texts: Drawn[] = [];
  const boxes: { x: number; y: number; w: number; h: number }[] = [];
  const context = {
    canvas: { clientWidth: width, clientHeight: height, width: Math.round(width * 2.75), height: Math.round(height * 2.75) },
    font: "",
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillRect: (x: number, y: number, w: number, h: number) => boxes.push({ x, y, w, h }),
    fillText: (text: string, x: number, y: number) => texts.push({ text, x, y }),
    beginPath: () => undefined,
    arc: () => undefined,
    fill: () => undefined,
  };
  return { context: context as unknown as CanvasRenderingContext2D, texts, boxes };
}

const settings = { labelSize: 14, labelWeight: "normal", labelFont: "sans-serif" } as never;
const node = (label: string, x: number, y: number, size = 6) => ({ label, x, y, size, color: "#000", key: label }) as never;
const long = "Integrationschancen für Kinder und Familien (IfKuF)"; // 51 letters: 357 px

describe("network labels on a narrow canvas", () => {
  it("shortens a name that fits on neither side and keeps it clear of its node", () => {
    const { context, texts } = canvas();
    createLabelDrawer().draw(context, node(long, 200, 100), settings);
    expect(texts).toHaveLength(1);
    const [label] = texts;
    expect(label!.text.endsWith("…")).toBe(true);
    expect(long.startsWith(label!.text.slice(0, -1))).toBe(true);
    const width = label!.text.length * 7;
    // Entirely on one side of the node (x 194–206) and inside the canvas.
    expect(label!.x >= 206 || label!.x + width <= 194).toBe(true);
    expect(label!.x).toBeGreaterThanOrEqual(0);
    expect(label!.x + width).toBeLessThanOrEqual(390);
  });

  it("lays a box under each label that holds the whole text", () => {
    const { context, texts, boxes } = canvas();
    createLabelDrawer().draw(context, node("Griffbereit", 100, 100), settings);
    expect(boxes).toHaveLength(1);
    const [box] = boxes;
    const [label] = texts;
    expect(box!.x).toBeLessThanOrEqual(label!.x);
    expect(box!.x + box!.w).toBeGreaterThanOrEqual(label!.x + label!.text.length * 7);
    expect(box!.y).toBeLessThanOrEqual(label!.y - 14);
    expect(box!.y + box!.h).toBeGreaterThanOrEqual(label!.y);
  });

  it("puts a name left of its node near the right edge, whole where it fits", () => {
    const { context, texts } = canvas();
    createLabelDrawer().draw(context, node("Griffbereit", 370, 100), settings);
    expect(texts).toEqual([{ text: "Griffbereit", x: 370 - 6 - 3 - 77, y: 100 + 14 / 3 }]);
  });

  it("skips a label that would cover one drawn in the same frame, and draws it again in the next", () => {
    const { context, texts } = canvas();
    const labels = createLabelDrawer();
    labels.draw(context, node("Rucksack KiTa", 100, 100), settings);
    labels.draw(context, node("Volkshochschule Aachen", 110, 104), settings);
    expect(texts.map((t) => t.text)).toEqual(["Rucksack KiTa"]);
    labels.reset();
    labels.draw(context, node("Volkshochschule Aachen", 110, 104), settings);
    expect(texts.map((t) => t.text)).toEqual(["Rucksack KiTa", "Volkshochschule Aachen"]);
  });

  it("shows the whole name of the node under the pointer", () => {
    const { context, texts } = canvas();
    drawHover(context, node(long, 200, 100), settings);
    expect(texts.map((t) => t.text)).toEqual([long]);
  });

  it("gives no label to a node outside the canvas after zooming in, so none is cut at the edge", () => {
    const { context, texts } = canvas();
    const labels = createLabelDrawer();
    labels.draw(context, node("Caritas Aachen", -4, 100), settings);
    labels.draw(context, node("Diakonie Aachen", 395, 100), settings);
    labels.draw(context, node("AWO Aachen", 100, 504), settings);
    expect(texts).toEqual([]);
    labels.draw(context, node("Caritas Aachen", 4, 100), settings);
    expect(texts.map((t) => t.text)).toEqual(["Caritas Aachen"]);
  });

  it("keeps labels out from under the zoom buttons", () => {
    const { context, texts } = canvas();
    const labels = createLabelDrawer();
    labels.reset([{ x: 350, y: 400, w: 40, h: 100 }]);
    // Right of the node (x 329–385) would run under the buttons: the label goes to the left.
    labels.draw(context, node("Rucksack", 320, 450), settings);
    expect(texts).toEqual([{ text: "Rucksack", x: 320 - 6 - 3 - 56, y: 450 + 14 / 3 }]);
    // Beside the buttons on both sides, it is left out.
    labels.draw(context, node("Griffbereit", 370, 470), settings);
    expect(texts).toHaveLength(1);
  });

  it("draws the chosen organisation once, whole, and nothing once it has left the canvas", () => {
    const { context, texts } = canvas();
    const labels = createLabelDrawer();
    const chosen = { ...(node(long, 20, 100) as object), highlighted: true } as never;
    labels.draw(context, chosen, settings);
    // Its place is kept on the label layer: a neighbour's label does not run into it.
    labels.draw(context, node("Griffbereit", 60, 104), settings);
    expect(texts).toEqual([]);
    drawHover(context, chosen, settings);
    expect(texts.map((t) => t.text)).toEqual([long]);
    drawHover(context, { ...(node(long, 395, 100) as object), highlighted: true } as never, settings);
    expect(texts).toHaveLength(1);
  });
});
