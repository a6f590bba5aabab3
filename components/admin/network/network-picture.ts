// The graph as a picture to hand on: SVG (for print and slides) and a PNG drawn from the same SVG
// at three times the size, each with a title, the filters, the legend and the date, so that a
// picture on its own still says what it shows. Drawn from the arranged graph, not the screen, so
// it shows the whole view whatever the zoom.
import type Graph from "graphology";
import type { Legend } from "@/lib/network/appearance";

export type PictureText = { title: string; filters: string; date: string; legendTitle: string };
/** The width in pixels of a line of text at a font size, bold or not. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

const WIDTH = 1200;
const GRAPH_HEIGHT = 760;
const LEGEND_ROW = 20;
const SIDE = 40;
const TITLE = { size: 22, bold: true, line: 28 };
const FILTERS = { size: 13, bold: false, line: 18 };

/**
 * A width estimate that errs on the wide side, for where no canvas can measure (the server, tests):
 * per letter as a share of the font size, from typical sans-serif widths.
 */
export const estimateTextWidth: MeasureText = (text, size, bold) => {
  let ems = 0;
  for (const c of text) {
    if (/[ijlI.,;:'!|ftr ]/.test(c)) ems += 0.34;
    else if (/[mwMW@%]/.test(c)) ems += 0.92;
    else if (/[A-ZÄÖÜ]/.test(c)) ems += 0.72;
    else ems += 0.58;
  }
  return ems * size * (bold ? 1.08 : 1);
};

/**
 * The browser's own measure where there is a canvas, with a little room for a viewer whose
 * sans-serif is wider than the browser's (the SVG is also opened in slide and print programs).
 */
function browserMeasure(): MeasureText {
  const context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!context) return estimateTextWidth;
  return (text, size, bold) => {
    context.font = `${bold ? "bold " : ""}${size}px system-ui, sans-serif`;
    return context.measureText(text).width * 1.08;
  };
}

/**
 * Text broken into lines that fit, at spaces where it can be, inside a word only where one word
 * alone is too wide: joined again (with a space where the break was one), the lines give the
 * whole text back.
 */
export function wrapText(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    // A word wider than the picture (a long compound, a link) is broken letter by letter.
    for (const c of word) {
      if (line && !fits(line + c)) {
        lines.push(line);
        line = "";
      }
      line += c;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function networkSvg(
  graph: Graph,
  legend: Legend,
  text: PictureText,
  measure: MeasureText = browserMeasure(),
): string {
  // Title and filters take as many lines as they need; the picture grows downwards to make room.
  const room = WIDTH - 2 * SIDE;
  const wrap = (value: string, font: typeof TITLE) =>
    wrapText(value, (line) => measure(line, font.size, font.bold) <= room);
  const titleLines = wrap(text.title, TITLE);
  const filterLines = wrap(`${text.filters} · ${text.date}`, FILTERS);
  const titleTop = 36;
  const filtersTop = titleTop + Math.max(0, titleLines.length - 1) * TITLE.line + 24;
  const head = filtersTop + Math.max(0, filterLines.length - 1) * FILTERS.line + 20;
  const tspans = (lines: string[], top: number, step: number) =>
    lines.map((l, i) => `<tspan x="${SIDE}" y="${top + i * step}">${escape(l)}</tspan>`).join("");
  const nodes: Array<{ id: string; x: number; y: number; size: number; color: string; label: string }> = [];
  graph.forEachNode((id, a) =>
    nodes.push({
      id,
      x: a.x as number,
      y: a.y as number,
      size: a.size as number,
      color: a.color as string,
      label: a.label as string,
    }),
  );
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = 40;
  const scale = Math.min(
    (WIDTH - 2 * margin) / Math.max(1, maxX - minX),
    (GRAPH_HEIGHT - 2 * margin) / Math.max(1, maxY - minY),
  );
  // Graph coordinates grow upwards (as in sigma and Gephi), SVG's downwards.
  const at = (n: { x: number; y: number }) => ({
    x: margin + (n.x - minX) * scale + (WIDTH - 2 * margin - (maxX - minX) * scale) / 2,
    y: head + margin + (maxY - n.y) * scale,
  });
  const placed = new Map(nodes.map((n) => [n.id, at(n)]));

  const lines: string[] = [];
  graph.forEachEdge((_e, a, source, target) => {
    const s = placed.get(source);
    const t = placed.get(target);
    if (s && t)
      lines.push(
        `<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${a.color}" stroke-width="${a.size}"/>`,
      );
  });
  const dots = nodes.map((n) => {
    const p = placed.get(n.id)!;
    return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${(n.size * 0.8).toFixed(1)}" fill="${n.color}"><title>${escape(n.label)}</title></circle>`;
  });
  // Labels for the larger nodes only, as on screen; the others are named in the title tooltips.
  // Larger nodes first; a label that would cover one already placed is left out, and a label that
  // would run off the right edge goes left of its node (widths estimated from the font size).
  const boxes: Array<{ x: number; y: number; w: number }> = [];
  const labels = [...nodes]
    .sort((a, b) => b.size - a.size)
    .slice(0, 60)
    .flatMap((n) => {
      const p = placed.get(n.id)!;
      const w = n.label.length * 6.2;
      const x = p.x + n.size + w > WIDTH - 10 ? p.x - n.size - w : p.x + n.size;
      if (boxes.some((b) => x < b.x + b.w && b.x < x + w && Math.abs(b.y - p.y) < 13)) return [];
      boxes.push({ x, y: p.y, w });
      return [`<text x="${x.toFixed(1)}" y="${(p.y + 4).toFixed(1)}" class="l">${escape(n.label)}</text>`];
    });

  const legendItems = [
    ...legend.colours.map(
      (c) =>
        `<circle r="6" cx="6" cy="-4" fill="${c.colour}"/><text x="18" y="0">${escape(`${c.label} (${c.count})`)}</text>`,
    ),
    ...legend.lines.map(
      (l) =>
        `<line x1="0" y1="-4" x2="14" y2="-4" stroke="${l.colour}" stroke-width="${l.width + 1}"/><text x="18" y="0">${escape(l.label)}</text>`,
    ),
    `<text x="0" y="0">${escape(legend.sizes ? `${legend.sizeTitle}: ${legend.sizes.small} – ${legend.sizes.large}` : legend.sizeTitle)}</text>`,
  ];
  const perColumn = Math.ceil(legendItems.length / 3);
  const legendTop = head + GRAPH_HEIGHT + 30;
  const legendSvg = legendItems
    .map(
      (item, i) =>
        `<g transform="translate(${40 + Math.floor(i / perColumn) * 380},${legendTop + 24 + (i % perColumn) * LEGEND_ROW})">${item}</g>`,
    )
    .join("");
  const height = legendTop + 40 + perColumn * LEGEND_ROW;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<style>.l{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px;fill:#1a1a1a}</style>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text font-size="${TITLE.size}" font-weight="bold">${tspans(titleLines, titleTop, TITLE.line)}</text>`,
    `<text fill="#444">${tspans(filterLines, filtersTop, FILTERS.line)}</text>`,
    `<g>${lines.join("")}</g><g>${dots.join("")}</g><g>${labels.join("")}</g>`,
    `<text x="40" y="${legendTop}" font-weight="bold">${escape(`${text.legendTitle} – ${legend.colourTitle}`)}</text>`,
    legendSvg,
    `</svg>`,
  ].join("");
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: string, fileName: string) {
  downloadBlob(new Blob([svg], { type: "image/svg+xml" }), `${fileName}.svg`);
}

/** The SVG drawn at three times its size: sharp on a projector and in print. */
export async function downloadPng(svg: string, fileName: string, scale = 3) {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("picture"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (blob) downloadBlob(blob, `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
