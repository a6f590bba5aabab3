// The card of one node of the graph, in words. With a filter or a focus set, the figures of the
// view say "in this view"; how many partners an organisation has is told from the whole network,
// since leaving partners out of a picture does not end a relationship.
import { districts } from "../geo/districts";
import type { AdminLocale } from "../i18n/admin-locale";
import { formatBridge } from "./figures";
import { networkTranslator, organisationTypeName } from "./messages";
import type { NetworkView } from "./view";

export type NodeCard = {
  title: string;
  subtitle: string;
  facts: string[];
  editHref: string | null;
  focusHref: string | null;
};

const districtName = (code: string) => districts.find((d) => d.code === code)?.name ?? code;

export function networkCards(
  view: Pick<NetworkView, "data" | "metrics" | "narrowed" | "partners">,
  locale: AdminLocale,
  programmes: Map<string, string>,
  focusHref: (id: string) => string,
): Record<string, NodeCard> {
  const t = networkTranslator(locale);
  const scope = view.narrowed ? "view" : "whole";
  const ranked = [...view.metrics.nodes.values()].sort((a, b) => b.bridge - a.bridge);
  // Equal values share a rank: one above the number of organisations with a higher value.
  const rankOf = new Map<number, number>();
  ranked.forEach((m, index) => {
    if (!rankOf.has(m.bridge)) rankOf.set(m.bridge, index + 1);
  });
  const cards: Record<string, NodeCard> = {};
  for (const node of view.data.nodes) {
    if (node.kind === "programme") {
      const count = view.data.edges.filter((e) => e.target === node.id).length;
      cards[node.id] = {
        title: node.name,
        subtitle: t("filters.programme"),
        facts: [t("card.participants", { count, scope })],
        editHref: `/admin/programmes/${node.id.replace("programme:", "")}`,
        focusHref: null,
      };
      continue;
    }
    const m = view.metrics.nodes.get(node.id);
    const degree = m?.degree ?? 0;
    const partners = view.partners.get(node.id) ?? degree;
    const standing = m?.standing ?? "isolated";
    const facts = [
      t("card.connections", { count: partners, scope }),
      ...(view.narrowed && partners > 0 ? [t("card.connectionsInView", { count: degree })] : []),
      ...(m && m.bridge > 0
        ? [
            t("card.bridge", {
              share: formatBridge(m.bridge, locale),
              rank: rankOf.get(m.bridge) ?? ranked.length,
              total: ranked.length,
              scope,
            }),
          ]
        : []),
      ...(m?.cluster ? [t("card.cluster", { cluster: m.cluster, scope })] : []),
      // Without a partner anywhere, "no relationship" is a fact of the whole network.
      t(`standing.${standing}`, { scope: partners === 0 ? "whole" : scope }),
      ...(node.programmes.length
        ? [t("card.programmes", { names: node.programmes.map((p) => programmes.get(p) ?? p).join(", ") })]
        : []),
      ...(node.districts.length ? [t("card.districts", { names: node.districts.map(districtName).join(", ") })] : []),
    ];
    cards[node.id] = {
      title: node.name,
      subtitle: organisationTypeName(node.type, locale),
      facts,
      editHref: `/admin/organisations/${node.id}`,
      focusHref: focusHref(node.id),
    };
  }
  return cards;
}
