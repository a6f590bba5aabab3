import "server-only";
// One view of the network for the back office: the filtered (or focused) graph, its metrics and
// starting positions. Positions start by cluster around a circle, so that the layout settles fast
// and the same data always starts from the same picture.
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { AdminLocale } from "../i18n/admin-locale";
import { egoNetwork } from "./ego";
import type { NetworkFilter } from "./filter";
import { loadNetwork, type NetworkData } from "./graph";
import { networkMetrics, seededRandom, type NetworkMetrics } from "./metrics";

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
};

export async function networkView(
  filter: NetworkFilter,
  focus: Focus,
  locale: AdminLocale,
  options: { withProgrammes?: boolean } = {},
): Promise<NetworkView> {
  const all = await loadNetwork(filter, locale, options);
  const data = focus ? egoNetwork(all, focus.id, focus.steps) : all;
  const metrics = metricsOf(data);
  return { data, unfocused: all, metrics, positions: startingPositions(data, metrics) };
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
