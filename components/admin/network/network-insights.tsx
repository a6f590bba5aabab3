// What the metrics mean, in sentences a coordinator can act on: who bridges which groups, who works
// with many, who hangs on by one link or stands alone.
import { getTranslations } from "next-intl/server";
import { districts } from "@/lib/geo/districts";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import type { NetworkView } from "@/lib/network/view";

type Props = { view: NetworkView; locale: AdminLocale; programmes: Map<string, string> };

const districtName = (code: string | null) => districts.find((d) => d.code === code)?.name ?? null;

export async function NetworkInsights({ view, locale, programmes }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.network.insights" });
  const { data, metrics } = view;
  const name = new Map(data.nodes.map((n) => [n.id, n.label]));
  // A broker is not named as the centre of the group it connects.
  const group = (clusterId: number, besides?: string) => {
    const cluster = metrics.clusters.find((c) => c.id === clusterId)!;
    const district = districtName(cluster.district);
    const programme = cluster.programme ? (programmes.get(cluster.programme) ?? cluster.programme) : null;
    if (programme && district) return t("groupProgrammeDistrict", { programme, district });
    if (district) return t("groupDistrict", { district });
    if (programme) return t("groupProgramme", { programme });
    const anchor = cluster.anchors.find((id) => id !== besides) ?? cluster.anchors[0]!;
    return t("groupAround", { name: name.get(anchor) ?? "" });
  };
  const organisations = [...metrics.nodes.values()];
  const hubs = [...organisations].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).filter((m) => m.degree > 0).slice(0, 3);
  const isolated = organisations.filter((m) => m.standing === "isolated");
  const single = organisations.filter((m) => m.standing === "single-link");
  const apart = organisations.filter((m) => m.standing === "apart");
  const list = (ids: string[]) => {
    const names = ids.map((id) => name.get(id) ?? id).sort((a, b) => a.localeCompare(b, locale));
    return names.length > 6 ? `${names.slice(0, 6).join(", ")} ${t("andMore", { count: names.length - 6 })}` : names.join(", ");
  };

  const sentences: Array<{ key: string; text: string }> = [
    ...metrics.brokers.slice(0, 3).map((b) => ({
      key: `broker-${b.id}`,
      text: t("broker", { name: name.get(b.id) ?? "", a: group(b.between[0], b.id), b: group(b.between[1], b.id), share: Math.round(b.bridge * 100) }),
    })),
    ...hubs.map((m) => ({ key: `hub-${m.id}`, text: t("hub", { name: name.get(m.id) ?? "", count: m.degree }) })),
    ...(metrics.clusters.length ? [{ key: "clusters", text: t("clusters", { count: metrics.clusters.length, largest: group(1), size: metrics.clusters[0]!.size }) }] : []),
    ...(single.length ? [{ key: "single", text: t("singleLink", { count: single.length, names: list(single.map((m) => m.id)) }) }] : []),
    ...(apart.length ? [{ key: "apart", text: t("apart", { count: apart.length, names: list(apart.map((m) => m.id)) }) }] : []),
    ...(isolated.length ? [{ key: "isolated", text: t("isolated", { count: isolated.length, names: list(isolated.map((m) => m.id)) }) }] : []),
  ];

  return (
    <section className="card stack" aria-labelledby="insights">
      <h2 id="insights">{t("title")}</h2>
      {sentences.length ? (
        <ul className="insights" data-testid="network-insights">
          {sentences.map((s) => (
            <li key={s.key}>{s.text}</li>
          ))}
        </ul>
      ) : (
        <p>{t("empty")}</p>
      )}
      <details>
        <summary>{t("howTitle")}</summary>
        <dl className="facts">
          <div>
            <dt>{t("degreeTerm")}</dt>
            <dd>{t("degreeExplained")}</dd>
          </div>
          <div>
            <dt>{t("bridgeTerm")}</dt>
            <dd>{t("bridgeExplained")}</dd>
          </div>
          <div>
            <dt>{t("clusterTerm")}</dt>
            <dd>{t("clusterExplained")}</dd>
          </div>
        </dl>
      </details>
    </section>
  );
}
