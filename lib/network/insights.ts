// What the metrics mean, in sentences a coordinator can act on: who bridges which groups, who works
// with many, who hangs on by one link or stands alone. With a filter or a focus set, each sentence
// says that it speaks of this view, and what only the whole network can tell (how many partners an
// organisation has, whether it has any relationship at all) is told from the whole network.
import { districts } from "../geo/districts";
import type { AdminLocale } from "../i18n/admin-locale";
import { formatBridge } from "./figures";
import { networkTranslator } from "./messages";
import type { NetworkView } from "./view";

const districtName = (code: string | null) => districts.find((d) => d.code === code)?.name ?? null;

/** German groups take the case their place in the sentence asks for ("verbindet A mit der Gruppe …"). */
type Case = "accusative" | "dative";

export function networkInsights(
  view: Pick<NetworkView, "data" | "metrics" | "narrowed" | "partners">,
  locale: AdminLocale,
  programmes: Map<string, string>,
): string[] {
  const t = networkTranslator(locale);
  const { data, metrics, narrowed, partners } = view;
  const scope = narrowed ? "view" : "whole";
  const name = new Map(data.nodes.map((n) => [n.id, n.label]));
  // A group is named by its district and programme, else by its best-connected member (byAnchor,
  // also for two groups that district and programme alone would give the same name). A broker is
  // not named as the centre of the group it connects.
  const group = (clusterId: number, grammaticalCase: Case, besides?: string, byAnchor = false) => {
    const cluster = metrics.clusters.find((c) => c.id === clusterId)!;
    const district = districtName(cluster.district);
    const programme = cluster.programme ? (programmes.get(cluster.programme) ?? cluster.programme) : null;
    const values = { case: grammaticalCase };
    if (!byAnchor && programme && district)
      return t("insights.groupProgrammeDistrict", { ...values, programme, district });
    if (!byAnchor && district) return t("insights.groupDistrict", { ...values, district });
    if (!byAnchor && programme) return t("insights.groupProgramme", { ...values, programme });
    const anchor = cluster.anchors.find((id) => id !== besides) ?? cluster.anchors[0]!;
    return t("insights.groupAround", { ...values, name: name.get(anchor) ?? "" });
  };
  const organisations = [...metrics.nodes.values()];
  const hubs = [...organisations]
    .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
    .filter((m) => m.degree > 0)
    .slice(0, 3);
  const single = organisations.filter((m) => m.standing === "single-link");
  const apart = organisations.filter((m) => m.standing === "apart");
  // Alone in this view is not alone in the network: those with partners elsewhere are told apart.
  const alone = organisations.filter((m) => m.standing === "isolated");
  const isolated = alone.filter((m) => (partners.get(m.id) ?? 0) === 0);
  const aloneHere = alone.filter((m) => (partners.get(m.id) ?? 0) > 0);
  const list = (ids: string[]) => {
    const names = ids.map((id) => name.get(id) ?? id).sort((a, b) => a.localeCompare(b, locale));
    return names.length > 6
      ? `${names.slice(0, 6).join(", ")} ${t("insights.andMore", { count: names.length - 6 })}`
      : names.join(", ");
  };

  return [
    ...metrics.brokers.slice(0, 3).map((b) => {
      const [first, second] = b.between;
      const alike = group(first, "accusative", b.id) === group(second, "accusative", b.id);
      return t("insights.broker", {
        scope,
        name: name.get(b.id) ?? "",
        a: group(first, "accusative", b.id, alike),
        b: group(second, "dative", b.id, alike),
        share: formatBridge(b.bridge, locale),
      });
    }),
    ...hubs.map((m) =>
      t("insights.hub", { scope, name: name.get(m.id) ?? "", count: m.degree, total: partners.get(m.id) ?? m.degree }),
    ),
    ...(metrics.clusters.length
      ? [
          t("insights.clusters", {
            scope,
            count: metrics.clusters.length,
            largest: group(1, "accusative"),
            size: metrics.clusters[0]!.size,
          }),
        ]
      : []),
    ...(single.length
      ? [t("insights.singleLink", { scope, count: single.length, names: list(single.map((m) => m.id)) })]
      : []),
    ...(apart.length ? [t("insights.apart", { scope, count: apart.length, names: list(apart.map((m) => m.id)) })] : []),
    ...(aloneHere.length
      ? [t("insights.aloneInView", { count: aloneHere.length, names: list(aloneHere.map((m) => m.id)) })]
      : []),
    ...(isolated.length
      ? [t("insights.isolated", { scope, count: isolated.length, names: list(isolated.map((m) => m.id)) })]
      : []),
  ];
}
