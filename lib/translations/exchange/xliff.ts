// XLIFF 2.0 (OASIS), the exchange format translation agencies' tools read: one <file> per kind,
// one <group> per record carrying the fingerprint of the German texts in the Metadata module, one
// <unit> per field with a single <segment> whose state reflects ours. Written and read with
// fast-xml-parser: it validates well-formedness with line numbers, keeps attributes (segment state)
// and metadata, which the xliff package's key-value model loses (locize/xliff#51).
import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
import { translatedFields } from "../status";
import {
  groupId,
  parseUnitId,
  unitId,
  xliffState,
  type ExportRecord,
  type FileUnit,
  type ReadFile,
  type Reason,
} from "./units";

export const XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
const MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";
const META_CATEGORY = "wegweiser";

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, indentBy: "  " });
const fileIds = { offer: "offers", organisation: "organisations", programme: "programmes" } as const;

export function xliffStart(locale: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="${XLIFF_NS}" xmlns:mda="${MDA_NS}" version="2.0" srcLang="de" trgLang="${locale}">\n`
  );
}
export const xliffEnd = () => "</xliff>\n";
// Descriptions keep their line breaks: without xml:space="preserve" a tool may fold whitespace.
export const xliffFileStart = (kind: ExportRecord["kind"]) => `<file id="${fileIds[kind]}" xml:space="preserve">\n`;
export const xliffFileEnd = () => "</file>\n";

/** One record as a <group>: a unit for every field that has German text. */
export function xliffGroup(record: ExportRecord): string {
  const state = xliffState(record.state);
  const units = translatedFields[record.kind]
    .filter((field) => (record.german[field] ?? "").trim() !== "")
    .map((field) => {
      const target = record.target?.[field] ?? "";
      return {
        "@_id": unitId(record.kind, record.id, field),
        "@_name": field,
        segment: {
          "@_state": target ? state : "initial",
          source: record.german[field] ?? "",
          ...(target ? { target } : {}),
        },
      };
    });
  if (units.length === 0) return "";
  return builder.build({
    group: {
      "@_id": groupId(record.kind, record.id),
      "@_name": record.label,
      "mda:metadata": {
        "mda:metaGroup": {
          "@_category": META_CATEGORY,
          "mda:meta": [
            { "@_type": "sourceHash", "#text": record.sourceHash },
            { "@_type": "status", "#text": record.state },
          ],
        },
      },
      unit: units,
    },
  });
}

type Node = Record<string, unknown>;
const listed = new Set(["file", "group", "unit", "segment", "ignorable", "metadata", "metaGroup", "meta"]);
const local = (name: string) => name.slice(name.indexOf(":") + 1);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Translation tools write character references (&#160;, &#x2011;): they must arrive as the
  // characters. This option also decodes HTML names such as &nbsp;, which some tools emit though XML
  // does not declare them; "&amp;" is decoded last, so "&amp;#60;" stays the text "&#60;".
  // A DOCTYPE, and with it any entity a file declares itself, is refused before parsing.
  htmlEntities: true,
  isArray: (name) => listed.has(local(name)),
});

/** The children of a node by local name, whatever prefix the file's tool chose. */
function children(node: Node, name: string): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node))
    if (!key.startsWith("@_") && local(key) === name)
      out.push(...[value].flat().map((v) => (typeof v === "object" && v ? (v as Node) : { "#text": v })));
  return out;
}
const attr = (node: Node, name: string) =>
  typeof node[`@_${name}`] === "string" ? (node[`@_${name}`] as string) : null;

/** The plain text of a <target>, or null when it holds inline markup our texts never have. */
function textOf(node: Node): string | null {
  for (const key of Object.keys(node)) if (!key.startsWith("@_") && key !== "#text") return null;
  const text = node["#text"];
  return typeof text === "string" ? text : text === undefined ? "" : String(text);
}

function sourceHashOf(node: Node): string | null {
  for (const metadata of children(node, "metadata"))
    for (const group of children(metadata, "metaGroup"))
      for (const meta of children(group, "meta"))
        if (attr(meta, "type") === "sourceHash") return textOf(meta)?.trim() || null;
  return null;
}

const malformed = (message: string, line?: number): Reason => ({
  key: "xmlMalformed",
  params: { message, line: line ?? "–" },
});

/** Reads an XLIFF 2.0 file into units; a file that is not one is refused with the reason. */
export function readXliff(text: string): ReadFile {
  const refused = (reason: Reason): ReadFile => ({ format: "xliff", language: null, units: [], fileErrors: [reason] });
  // A DOCTYPE can declare entities that expand without bound; XLIFF files never need one.
  if (/<!DOCTYPE/i.test(text)) return refused({ key: "xmlDoctype" });
  const valid = XMLValidator.validate(text);
  if (valid !== true) return refused(malformed(valid.err.msg, valid.err.line));
  let document: Node;
  try {
    document = parser.parse(text) as Node;
  } catch (error) {
    return refused(malformed(error instanceof Error ? error.message : String(error)));
  }
  const root = children(document, "xliff")[0];
  if (!root) return refused({ key: "xliffRoot" });
  const namespaces = Object.entries(root).filter(([key]) => key === "@_xmlns" || key.startsWith("@_xmlns:"));
  const version = attr(root, "version") ?? "";
  if (!namespaces.some(([, value]) => value === XLIFF_NS) || !/^2\.\d$/.test(version))
    return refused({ key: "xliffVersion", params: { version: version || "–" } });
  const fileErrors: Reason[] = [];
  const srcLang = attr(root, "srcLang") ?? "";
  if (srcLang.toLowerCase().split("-")[0] !== "de")
    fileErrors.push({ key: "sourceLanguage", params: { language: srcLang || "–" } });

  const units: FileUnit[] = [];
  const walk = (node: Node, inheritedHash: string | null) => {
    const hash = sourceHashOf(node) ?? inheritedHash;
    for (const group of children(node, "group")) walk(group, hash);
    for (const unit of children(node, "unit")) {
      const ref = attr(unit, "id") ?? "–";
      const parts = parseUnitId(ref) ?? { kind: "", id: "", field: "" };
      const segments = children(unit, "segment");
      const targets = segments.map((segment) => children(segment, "target")[0]);
      const texts = targets.map((target) => (target ? textOf(target) : ""));
      const markup = texts.includes(null);
      units.push({
        ref,
        ...parts,
        // Tools may split a text into several segments; together they are the field's text.
        target: markup ? "" : texts.join(""),
        state: segments[0] ? attr(segments[0], "state") : null,
        sourceHash: sourceHashOf(unit) ?? hash,
        language: null,
        ...(markup ? { markup } : {}),
      });
    }
  };
  for (const file of children(root, "file")) walk(file, null);
  return { format: "xliff", language: attr(root, "trgLang"), units, fileErrors };
}
