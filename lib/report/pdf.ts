import "server-only";
// The committee report as a PDF, made on the server with pdfkit. The text is set in DejaVu Sans,
// shipped as TrueType files in the dejavu-fonts-ttf package: it covers German umlauts and ß (and
// the typographic quotes and dashes the texts use), and pdfkit embeds only the glyphs used.
import path from "node:path";
import PDFDocument from "pdfkit";
import type { CommitteeReport } from "./figures";
import type { MapPicture, NetworkPicture } from "./pictures";
import { dayFormat, relationTypeName, reportTranslator, signed, type ReportTable } from "./tables";

const fontDir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const REGULAR = path.join(fontDir, "DejaVuSans.ttf");
const BOLD = path.join(fontDir, "DejaVuSans-Bold.ttf");

const MARGIN = 40;
const INK = "#1d2327";
const RULE = "#c9cdd0";
const LIST_LIMIT = 25;

type Doc = PDFKit.PDFDocument;

/** Starts a new page when fewer than `needed` points are left. */
function room(doc: Doc, needed: number) {
  if (doc.y + needed > doc.page.height - MARGIN - 20) doc.addPage();
}

function heading(doc: Doc, text: string) {
  room(doc, 60);
  doc.moveDown(0.8).font(BOLD).fontSize(13).fillColor(INK).text(text, MARGIN, doc.y);
  doc.moveDown(0.3);
}

function table(doc: Doc, t: ReportTable, locale: CommitteeReport["locale"]) {
  heading(doc, t.title);
  const number = new Intl.NumberFormat(locale);
  const width = doc.page.width - 2 * MARGIN;
  const first = Math.min(190, width * 0.28);
  const other = (width - first) / (t.columns.length - 1);
  const xs = t.columns.map((_, i) => (i === 0 ? MARGIN : MARGIN + first + (i - 1) * other));
  const widthOf = (i: number) => (i === 0 ? first : other) - 6;

  const headerHeight = Math.max(
    ...t.columns.map((c, i) =>
      doc
        .font(BOLD)
        .fontSize(7.5)
        .heightOfString(c, { width: widthOf(i) }),
    ),
  );
  room(doc, headerHeight + 20 * Math.min(t.rows.length, 4));
  const top = doc.y;
  t.columns.forEach((c, i) =>
    doc
      .font(BOLD)
      .fontSize(7.5)
      .text(c, xs[i]!, top, { width: widthOf(i), align: i === 0 ? "left" : "right" }),
  );
  let y = top + headerHeight + 4;
  doc
    .moveTo(MARGIN, y - 2)
    .lineTo(MARGIN + width, y - 2)
    .lineWidth(0.8)
    .strokeColor(INK)
    .stroke();
  const isKey = t.id === "key";
  for (const row of t.rows) {
    const h = Math.max(
      14,
      doc
        .font(BOLD)
        .fontSize(9)
        .heightOfString(row.label, { width: widthOf(0) }) + 4,
    );
    if (y + h > doc.page.height - MARGIN - 20) {
      doc.addPage();
      y = doc.y;
    }
    const font = row.total ? BOLD : REGULAR;
    doc
      .font(font)
      .fontSize(9)
      .fillColor(INK)
      .text(row.label, xs[0]!, y + 2, { width: widthOf(0) });
    row.cells.forEach((value, i) => {
      const text = isKey && i === 2 ? signed(value, locale) : number.format(value);
      doc.text(text, xs[i + 1]!, y + 2, { width: widthOf(i + 1), align: "right" });
    });
    y += h;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
  }
  doc.x = MARGIN;
  doc.y = y + 4;
  if (t.note) doc.font(REGULAR).fontSize(8).fillColor("#4a5257").text(t.note, MARGIN, doc.y, { width }).fillColor(INK);
}

function list(doc: Doc, items: string[], empty: string) {
  doc.font(REGULAR).fontSize(9.5).fillColor(INK);
  if (!items.length) {
    doc.text(empty, MARGIN, doc.y);
    return;
  }
  for (const item of items) {
    room(doc, 14);
    doc.text(`• ${item}`, MARGIN + 6, doc.y, { width: doc.page.width - 2 * MARGIN - 6 });
  }
}

/** How much a picture must shrink to fit below the cursor on a page of its own, leaving `below` points. */
function fitScale(doc: Doc, height: number, below: number) {
  return Math.min(1, (doc.page.height - MARGIN - 24 - below - doc.y) / height);
}

function drawMap(doc: Doc, map: MapPicture, legendTitle: string) {
  const k = fitScale(doc, map.height, 0);
  const x0 = MARGIN;
  const y0 = doc.y;
  doc.save().translate(x0, y0).scale(k);
  for (const area of map.areas) {
    doc.path(area.d).lineWidth(0.8).fillColor(area.fill).strokeColor(INK).fillAndStroke(area.fill, INK);
  }
  doc.restore();
  for (const area of map.areas) {
    const label = `${area.name}: ${area.value}`;
    doc.font(BOLD).fontSize(8);
    const w = doc.widthOfString(label);
    doc.fillColor(area.ink).text(label, x0 + k * area.x - w / 2, y0 + k * area.y - 5, { lineBreak: false });
  }
  // The legend stands beside the map.
  let y = y0 + 8;
  const lx = x0 + k * map.width + 24;
  doc.font(BOLD).fontSize(9).fillColor(INK).text(legendTitle, lx, y, { lineBreak: false });
  for (const item of map.legend) {
    y += 16;
    doc.rect(lx, y, 18, 11).fillAndStroke(item.colour, INK);
    doc
      .font(REGULAR)
      .fontSize(9)
      .fillColor(INK)
      .text(item.label, lx + 24, y + 1, { lineBreak: false });
  }
  doc.x = MARGIN;
  doc.y = y0 + k * map.height + 8;
}

function drawNetwork(doc: Doc, picture: NetworkPicture) {
  // Room for the two lines of explanation below the picture.
  const k = fitScale(doc, picture.height, 30);
  const x0 = MARGIN;
  const y0 = doc.y;
  const at = (x: number, y: number) => [x0 + k * x, y0 + k * y] as const;
  doc.save().translate(x0, y0).scale(k);
  for (const d of picture.outlines) doc.path(d).lineWidth(0.5).fillAndStroke("#f4f5f6", "#b9bec2");
  for (const e of picture.edges) {
    doc.moveTo(e.x1, e.y1).lineTo(e.x2, e.y2).lineWidth(e.width).strokeOpacity(0.6).strokeColor("#43a2ca").stroke();
  }
  doc.strokeOpacity(1);
  for (const n of picture.nodes) doc.circle(n.x, n.y, n.r).lineWidth(1).fillAndStroke("#0868ac", INK);
  doc.restore();
  doc.font(BOLD).fontSize(8);
  for (const e of picture.edges) {
    const label = String(e.count);
    const w = doc.widthOfString(label);
    const [mx, my] = at((e.x1 + e.x2) / 2, (e.y1 + e.y2) / 2);
    doc.rect(mx - w / 2 - 2, my - 6, w + 4, 11).fill("#ffffff");
    doc.fillColor(INK).text(label, mx - w / 2, my - 5, { lineBreak: false });
  }
  for (const n of picture.nodes) {
    const inner = String(n.within);
    const [cx, cy] = at(n.x, n.y);
    doc.fillColor("#ffffff").text(inner, cx - doc.widthOfString(inner) / 2, cy - 5, { lineBreak: false });
    const label = `${n.name} (${n.partners})`;
    doc.fillColor(INK).text(label, cx - doc.widthOfString(label) / 2, cy + k * n.r + 2, { lineBreak: false });
  }
  doc.x = MARGIN;
  doc.y = y0 + k * picture.height + 8;
}

export type PdfInput = { report: CommitteeReport; tables: ReportTable[]; map: MapPicture; network: NetworkPicture };

/** The whole report as PDF bytes. */
export function reportPdf({ report, tables, map, network }: PdfInput): Promise<Buffer> {
  const t = reportTranslator(report.locale);
  const day = dayFormat(report.locale);
  const { current, previous } = report.period;
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    font: REGULAR,
    bufferPages: true,
    lang: report.locale,
    displayTitle: true,
    info: { Title: t("heading"), Author: "Kommunales Integrationszentrum Aachen", Subject: t("committee") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  doc.font(BOLD).fontSize(20).fillColor(INK).text(t("heading"), { width });
  doc.moveDown(0.2).font(REGULAR).fontSize(10.5).text(t("committee"), { width });
  doc.text(
    t("periodLine", {
      from: day.format(current.from),
      to: day.format(current.to),
      previousFrom: day.format(previous.from),
      previousTo: day.format(previous.to),
    }),
  );
  doc
    .fontSize(9)
    .fillColor("#4a5257")
    .text(t("generated", { date: dayFormat(report.locale).format(report.generatedAt) }));
  doc.moveDown(0.5).fontSize(10).fillColor(INK).text(t("lead"), { width });

  for (const one of tables) table(doc, one, report.locale);

  heading(doc, t("relationships.startedList"));
  const item = (c: CommitteeReport["current"]["changes"]["started"][number]) =>
    t("relationships.item", {
      from: c.from,
      to: c.to,
      type: relationTypeName(c.type, report.locale),
      date: day.format(c.on),
    });
  const started = report.current.changes.started;
  const ended = report.current.changes.ended;
  list(doc, started.slice(0, LIST_LIMIT).map(item), t("relationships.none"));
  if (started.length > LIST_LIMIT) doc.text(t("relationships.more", { count: started.length - LIST_LIMIT }));
  heading(doc, t("relationships.endedList"));
  list(doc, ended.slice(0, LIST_LIMIT).map(item), t("relationships.none"));
  if (ended.length > LIST_LIMIT) doc.text(t("relationships.more", { count: ended.length - LIST_LIMIT }));

  heading(doc, t("gaps.title"));
  if (report.gapSentences.length) doc.font(REGULAR).fontSize(9.5).text(t("gaps.lead"), { width }).moveDown(0.3);
  list(doc, report.gapSentences, t("gaps.none"));

  doc.addPage();
  heading(doc, t("map.title"));
  drawMap(doc, map, t("map.legend"));
  doc.addPage();
  heading(doc, t("network.title"));
  drawNetwork(doc, network);
  doc.font(REGULAR).fontSize(8.5).fillColor("#4a5257").text(t("network.note"), MARGIN, doc.y, { width });

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const label = t("page", { page: i + 1, pages: range.count });
    // Writing into the bottom margin must not start a page of its own.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor("#4a5257")
      .text(label, MARGIN, doc.page.height - 28, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
