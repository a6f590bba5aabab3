// How the graph is drawn: which field gives a node its colour and which its size, and the legend
// that says so. Computed once on the server, so that the canvas, the SVG picture and the GEXF file
// show the same colours and sizes, and the legend names what is on screen with counts.
import { districts } from "../geo/districts";
import type { AdminLocale } from "../i18n/admin-locale";
import { formatBridge } from "./figures";
import type { NetworkData, NetworkNode } from "./graph";
import { networkTranslator, organisationTypeName } from "./messages";
import type { NetworkMetrics } from "./metrics";
import {
  categoryColours,
  otherColour,
  participationColour,
  programmeColour,
  quantityColours,
  relationshipColour,
  typeColours,
} from "./palette";

export const colourFields = ["kind", "district", "programme", "cluster", "connections", "bridge"] as const;
export type ColourField = (typeof colourFields)[number];
export const sizeFields = ["connections", "bridge", "equal"] as const;
export type SizeField = (typeof sizeFields)[number];

export type Appearance = { colour: ColourField; size: SizeField };
export const defaultAppearance: Appearance = { colour: "kind", size: "connections" };

export function parseAppearance(params: Record<string, string | undefined>): Appearance {
  const colour = (colourFields as readonly string[]).includes(params.colour ?? "")
    ? (params.colour as ColourField)
    : defaultAppearance.colour;
  const size = (sizeFields as readonly string[]).includes(params.size ?? "")
    ? (params.size as SizeField)
    : defaultAppearance.size;
  return { colour, size };
}

export type LegendEntry = { colour: string; label: string; count: number };
export type Legend = {
  colourTitle: string;
  colours: LegendEntry[];
  sizeTitle: string;
  /** what the smallest and the largest organisation stand for; null when all are drawn alike */
  sizes: { small: string; large: string } | null;
  lines: Array<{ colour: string; width: number; label: string }>;
};

export type Styled = { colour: Map<string, string>; size: Map<string, number>; legend: Legend };

const PROGRAMME_SIZE = 9;
const MIN_SIZE = 3;
const SIZE_RANGE = 10;
// Beyond this many categories a legend stops being read; the rest share one grey.
const MAX_CATEGORIES = categoryColours.length;

export function styleNetwork(
  data: NetworkData,
  metrics: NetworkMetrics,
  appearance: Appearance,
  locale: AdminLocale,
  programmes: Map<string, string>,
): Styled {
  const t = networkTranslator(locale);
  const organisations = data.nodes.filter((n) => n.kind === "organisation");
  const value = (id: string, field: "connections" | "bridge") => {
    const m = metrics.nodes.get(id);
    return field === "connections" ? (m?.degree ?? 0) : (m?.bridge ?? 0);
  };

  // ---- colour
  const colour = new Map<string, string>();
  const counts = new Map<string, number>();
  const categoryOf = (node: NetworkNode): string | null => {
    const id = node.id;
    switch (appearance.colour) {
      case "kind":
        return node.type;
      case "district":
        return node.districts[0] ?? null;
      case "programme":
        return node.programmes.length > 1 ? "*" : (node.programmes[0] ?? null);
      case "cluster": {
        const c = metrics.nodes.get(id)?.cluster ?? 0;
        return c ? String(c) : null;
      }
      default:
        return null;
    }
  };
  let colours: LegendEntry[];
  if (appearance.colour === "connections" || appearance.colour === "bridge") {
    const field = appearance.colour;
    const max = Math.max(0, ...organisations.map((n) => value(n.id, field)));
    const classes = quantityColours.length;
    const classOf = (v: number) => (max === 0 ? 0 : Math.min(classes - 1, Math.floor((v / max) * classes)));
    const ranges = quantityColours.map((c, i) => ({
      colour: c,
      from: (max * i) / classes,
      to: (max * (i + 1)) / classes,
      count: 0,
    }));
    for (const n of organisations) {
      const k = classOf(value(n.id, field));
      colour.set(n.id, quantityColours[k]!);
      ranges[k]!.count++;
    }
    const shown = (v: number) => (field === "bridge" ? formatBridge(v, locale) : String(Math.round(v)));
    colours = ranges
      .filter((r) => r.count > 0)
      .map((r) => ({
        colour: r.colour,
        label: t("legend.range", { from: shown(r.from), to: shown(r.to) }),
        count: r.count,
      }));
  } else {
    const byNode = new Map(organisations.map((n) => [n.id, categoryOf(n)]));
    for (const c of byNode.values()) if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
    // Fixed colours per kind of organisation (as on every page so far); the others by frequency.
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const assigned = new Map<string, string>();
    ranked.forEach(([key], i) => {
      if (appearance.colour === "kind") assigned.set(key, typeColours[key] ?? otherColour);
      else if (i < MAX_CATEGORIES - 1) assigned.set(key, categoryColours[i]!);
    });
    let others = 0;
    let none = 0;
    for (const [id, c] of byNode) {
      if (c === null) none++;
      else if (!assigned.has(c)) others++;
      colour.set(id, c === null ? otherColour : (assigned.get(c) ?? otherColour));
    }
    colours = [...assigned.entries()].map(([key, c]) => ({
      colour: c,
      label: categoryLabel(key),
      count: counts.get(key) ?? 0,
    }));
    if (others) colours.push({ colour: otherColour, label: t("legend.other"), count: others });
    if (none) colours.push({ colour: otherColour, label: t(`legend.none.${appearance.colour}`), count: none });
  }
  const programmeNodes = data.nodes.filter((n) => n.kind === "programme");
  for (const n of programmeNodes) colour.set(n.id, programmeColour);
  if (programmeNodes.length)
    colours.push({ colour: programmeColour, label: t("legend.programmeNode"), count: programmeNodes.length });

  function categoryLabel(key: string): string {
    switch (appearance.colour) {
      case "kind":
        return organisationTypeName(key, locale);
      case "district":
        return districts.find((d) => d.code === key)?.name ?? key;
      case "programme":
        return key === "*" ? t("legend.severalProgrammes") : (programmes.get(key) ?? key);
      default:
        return t("legend.cluster", { cluster: key });
    }
  }

  // ---- size
  const size = new Map<string, number>();
  let sizes: Legend["sizes"] = null;
  if (appearance.size === "equal") {
    for (const n of organisations) size.set(n.id, MIN_SIZE + SIZE_RANGE / 3);
  } else {
    const field = appearance.size;
    const values = organisations.map((n) => value(n.id, field));
    const max = Math.max(0, ...values);
    // Area, not radius, grows with the value, so that twice the partners do not look four times as big.
    for (const n of organisations)
      size.set(n.id, MIN_SIZE + SIZE_RANGE * Math.sqrt(max ? value(n.id, field) / max : 0));
    const shown = (v: number) => (field === "bridge" ? formatBridge(v, locale) : String(v));
    sizes = { small: shown(Math.min(...values, max)), large: shown(max) };
  }
  for (const n of programmeNodes) size.set(n.id, PROGRAMME_SIZE);

  const relationships = data.edges.filter((e) => e.kind === "relationship").length;
  const participations = data.edges.length - relationships;
  const lines = [
    { colour: relationshipColour, width: 2, label: t("legend.relationship", { count: relationships }) },
    ...(participations
      ? [{ colour: participationColour, width: 1, label: t("legend.participation", { count: participations }) }]
      : []),
  ];

  return {
    colour,
    size,
    legend: {
      colourTitle: t("legend.colourBy", { field: t(`appearance.fields.${appearance.colour}`) }),
      colours,
      sizeTitle: t("legend.sizeBy", { field: t(`appearance.fields.${appearance.size}`) }),
      sizes,
      lines,
    },
  };
}
