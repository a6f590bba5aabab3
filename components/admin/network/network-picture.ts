// The graph as a picture to hand on: SVG (for print and slides) and a PNG drawn from the same SVG
// at three times the size, each with a title, the filters, the legend and the date, so that a
// picture on its own still says what it shows. Drawn from the arranged graph, not the screen, so
// it shows the whole view whatever the zoom.
import type Graph from "graphology";
import type { Legend } from "@/lib/network/appearance";

export type PictureText = { title: string; filters: string; date: string; legendTitle: string };

const WIDTH = 1200;
const GRAPH_HEIGHT = 760;
const HEAD = 80;
const LEGEND_ROW = 20;

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function networkSvg(graph: Graph, legend: Legend, text: PictureText): string {
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
    y: HEAD + margin + (maxY - n.y) * scale,
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
  const legendTop = HEAD + GRAPH_HEIGHT + 30;
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
    `<text x="40" y="36" font-size="22" font-weight="bold">${escape(text.title)}</text>`,
    `<text x="40" y="60" fill="#444">${escape(`${text.filters} · ${text.date}`)}</text>`,
    `<g>${lines.join("")}</g><g>${dots.join("")}</g><g>${labels.join("")}</g>`,
    `<text x="40" y="${legendTop}" font-weight="bold">${escape(`${text.legendTitle} – ${legend.colourTitle}`)}</text>`,
    legendSvg,
    `</svg>`,
  ].join("");
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: string, fileName: string) {
  download(new Blob([svg], { type: "image/svg+xml" }), `${fileName}.svg`);
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
    if (blob) download(blob, `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
