import "server-only";
// One view of the network for the back office: the filtered (or focused) graph, its metrics and
// starting positions, and what the page around it needs (links that keep the view, the cards and
// sentences in words). Positions start by cluster around a circle, so that the layout settles fast
// and the same data always starts from the same picture.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { AdminLocale } from "../i18n/admin-locale";
import { defaultAppearance, parseAppearance, styleNetwork, type Appearance, type Legend } from "./appearance";
import { networkCards, type NodeCard } from "./cards";
import { egoNetwork } from "./ego";
import { networkFilterQuery, parseNetworkFilter, type NetworkFilter } from "./filter";
import { loadNetwork, wholeNetworkPartners, type NetworkData } from "./graph";
import { networkInsights } from "./insights";
import { networkMetrics, seededRandom, type NetworkMetrics } from "./metrics";
import { networkProgrammeOptions, type NetworkProgrammeOption } from "./programme-options";

export type Focus = { id: string; steps: 1 | 2 } | null;

export function parseFocus(params: Record<string, string | undefined>): Focus {
  const id = params.focus;
  if (!id || !/^[A-Za-z0-9-]{1,64}$/.test(id)) return null;
  return { id, steps: params.steps === "2" ? 2 : 1 };
}

export type NetworkView = {
  data: NetworkData;
  /** the filtered network before any focus, e.g. to choose another organisation to focus on */
  unfocused: NetworkData;
  metrics: NetworkMetrics;
  positions: Map<string, { x: number; y: number }>;
  /**
   * Whether a filter or a focus leaves part of the network out. The metrics then describe this
   * view only, and whatever is said about them must say so.
   */
  narrowed: boolean;
  /** distinct partners of each organisation across the whole network as of the filter's day */
  partners: Map<string, number>;
};

export const isNarrowed = (filter: NetworkFilter, focus: Focus) =>
  Boolean(focus || filter.type || filter.programme || filter.district || filter.relation);

export async function networkView(
  filter: NetworkFilter,
  focus: Focus,
  locale: AdminLocale,
  options: { withProgrammes?: boolean } = {},
): Promise<NetworkView> {
  const narrowed = isNarrowed(filter, focus);
  const [all, whole] = await Promise.all([
    loadNetwork(filter, locale, options),
    narrowed ? wholeNetworkPartners(filter.asOf) : null,
  ]);
  const data = focus ? egoNetwork(all, focus.id, focus.steps) : all;
  const metrics = metricsOf(data);
  // Unnarrowed, the view is the whole network: its degrees are the whole network's.
  const partners = whole ?? new Map([...metrics.nodes.values()].map((m) => [m.id, m.degree]));
  return { data, unfocused: all, metrics, positions: startingPositions(data, metrics), narrowed, partners };
}

// Exact betweenness takes seconds at 2,000 organisations and 10,000 relationships; the same graph
// always gives the same figures, so they are kept per graph content until something changes.
const computed = new LRUCache<string, NetworkMetrics>({ max: 20 });

function metricsOf(data: NetworkData): NetworkMetrics {
  const key = createHash("sha1").update(JSON.stringify(data)).digest("hex");
  const known = computed.get(key);
  if (known) return known;
  const metrics = networkMetrics(data);
  computed.set(key, metrics);
  return metrics;
}

function startingPositions(data: NetworkData, metrics: NetworkMetrics) {
  const random = seededRandom(11);
  const clusters = Math.max(1, metrics.clusters.length);
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of data.nodes) {
    const cluster = metrics.nodes.get(node.id)?.cluster ?? 0;
    const angle = (2 * Math.PI * (cluster || random() * clusters)) / clusters;
    const radius = cluster ? 100 : 160;
    positions.set(node.id, {
      x: Math.cos(angle) * radius + (random() - 0.5) * 60,
      y: Math.sin(angle) * radius + (random() - 0.5) * 60,
    });
  }
  return positions;
}

// ---- The page: what the address asks for, and everything the page hands to its components.

export const networkSorts = ["name", "degree", "bridge", "cluster"] as const;
export type NetworkSort = (typeof networkSorts)[number];

export type NetworkPageState = {
  filter: NetworkFilter;
  focus: Focus;
  withProgrammes: boolean;
  table: boolean;
  sort: NetworkSort;
  appearance: Appearance;
};

export function parseNetworkPage(params: Record<string, string | undefined>): NetworkPageState {
  return {
    filter: parseNetworkFilter(params),
    focus: parseFocus(params),
    withProgrammes: params.programmes !== "0",
    table: params.view === "table",
    sort: (networkSorts as readonly string[]).includes(params.sort ?? "") ? (params.sort as NetworkSort) : "degree",
    appearance: parseAppearance(params),
  };
}

/** An address of the network page that keeps the filter, the focus and the view, changing `extra`. */
export function networkHref(
  state: NetworkPageState,
  extra: Record<string, string | undefined> = {},
  path = "/admin/network",
): string {
  const query = new URLSearchParams(networkFilterQuery(state.filter));
  const all = {
    focus: state.focus?.id,
    steps: state.focus ? String(state.focus.steps) : undefined,
    programmes: state.withProgrammes ? undefined : "0",
    view: state.table ? "table" : undefined,
    colour: state.appearance.colour === defaultAppearance.colour ? undefined : state.appearance.colour,
    size: state.appearance.size === defaultAppearance.size ? undefined : state.appearance.size,
    ...extra,
  };
  for (const [k, v] of Object.entries(all)) if (v) query.set(k, v);
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

export type GraphNodeData = {
  id: string;
  label: string;
  name: string;
  x: number;
  y: number;
  size: number;
  color: string;
  programme: boolean;
};
export type GraphEdgeData = { id: string; source: string; target: string; kind: "relationship" | "participation" };

export type NetworkPage = {
  state: NetworkPageState;
  view: NetworkView;
  programmeOptions: NetworkProgrammeOption[];
  /** every organisation of the filtered network, to focus on */
  focusChoices: Array<{ id: string; label: string }>;
  focused: string | null;
  insights: string[];
  cards: Record<string, NodeCard>;
  graph: { nodes: GraphNodeData[]; edges: GraphEdgeData[] };
  legend: Legend;
  links: {
    graph: string;
    table: string;
    map: string;
    clearFocus: string;
    sort: Record<NetworkSort, string>;
    export: { nodes: string; edges: string; gexf: string };
    /** the filter as hidden fields of the focus form */
    hidden: Array<[string, string]>;
    /** everything but colour and size, as hidden fields of the appearance form */
    keepAppearance: Array<[string, string]>;
  };
};

export async function networkPage(
  params: Record<string, string | undefined>,
  locale: AdminLocale,
): Promise<NetworkPage> {
  const state = parseNetworkPage(params);
  const [view, programmeOptions] = await Promise.all([
    networkView(state.filter, state.focus, locale, { withProgrammes: state.withProgrammes }),
    networkProgrammeOptions(locale),
  ]);
  const programmes = new Map(programmeOptions.map((p) => [p.slug, p.name]));
  const base = networkFilterQuery(state.filter);
  const exportHref = (format: string) => networkHref(state, { format, view: undefined }, "/admin/network/export");
  return {
    state,
    view,
    programmeOptions,
    focusChoices: view.unfocused.nodes
      .filter((n) => n.kind === "organisation")
      .map((n) => ({ id: n.id, label: n.label }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    focused: state.focus ? (view.data.nodes.find((n) => n.id === state.focus!.id)?.label ?? null) : null,
    insights: networkInsights(view, locale, programmes),
    cards: networkCards(view, locale, programmes, (id) => networkHref(state, { focus: id, steps: "1" })),
    ...graphOf(view, styleNetwork(view.data, view.metrics, state.appearance, locale, programmes)),
    links: {
      graph: networkHref(state, { view: undefined }),
      table: networkHref(state, { view: "table" }),
      map: `/admin/network/map${base ? `?${base}` : ""}`,
      clearFocus: networkHref(state, { focus: undefined, steps: undefined }),
      sort: Object.fromEntries(networkSorts.map((s) => [s, networkHref(state, { sort: s })])) as Record<
        NetworkSort,
        string
      >,
      export: { nodes: exportHref("nodes.csv"), edges: exportHref("edges.csv"), gexf: exportHref("gexf") },
      hidden: [...new URLSearchParams(base).entries()],
      keepAppearance: [
        ...new URLSearchParams(networkHref(state, { colour: undefined, size: undefined }).split("?")[1] ?? "").entries(),
      ],
    },
  };
}

function graphOf(view: NetworkView, styled: ReturnType<typeof styleNetwork>): Pick<NetworkPage, "graph" | "legend"> {
  const nodes = view.data.nodes.map((n) => {
    const position = view.positions.get(n.id)!;
    return {
      id: n.id,
      label: n.label,
      name: n.name,
      x: position.x,
      y: position.y,
      size: styled.size.get(n.id) ?? 3,
      color: styled.colour.get(n.id) ?? "#555",
      programme: n.kind === "programme",
    };
  });
  const edges = view.data.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind }));
  return { graph: { nodes, edges }, legend: styled.legend };
}
