// The network as a table: the accessible alternative to the graph, with the same figures, sortable
// by links (so it works without JavaScript and every order can be bookmarked).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { districts } from "@/lib/geo/districts";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { formatBridge } from "@/lib/network/figures";
import type { NetworkSort, NetworkView } from "@/lib/network/view";

type Props = { view: NetworkView; locale: AdminLocale; sort: NetworkSort; sortHref: Record<NetworkSort, string> };

export async function NetworkTable({ view, locale, sort, sortHref }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.network" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  const scope = view.narrowed ? "view" : "whole";
  const rows = view.data.nodes
    .filter((n) => n.kind === "organisation")
    .map((n) => ({ node: n, m: view.metrics.nodes.get(n.id)! }))
    .sort((a, b) => {
      const byName = a.node.label.localeCompare(b.node.label, locale);
      if (sort === "name") return byName;
      if (sort === "cluster") return (a.m.cluster || 9999) - (b.m.cluster || 9999) || byName;
      if (sort === "bridge") return b.m.bridge - a.m.bridge || byName;
      return b.m.degree - a.m.degree || byName;
    });
  const header = (column: NetworkSort, label: string) => (
    <th scope="col" aria-sort={sort === column ? (column === "name" || column === "cluster" ? "ascending" : "descending") : undefined}>
      <Link prefetch={false} href={sortHref[column]} aria-label={t("table.sortBy", { column: label })}>
        {label}
      </Link>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="table" data-testid="network-table">
        <caption>{t("table.caption")}</caption>
        <thead>
          <tr>
            {header("name", t("table.name"))}
            <th scope="col">{t("table.type")}</th>
            <th scope="col">{t("table.districts")}</th>
            {header("degree", t("table.degree", { scope }))}
            {view.narrowed ? <th scope="col">{t("table.partners")}</th> : null}
            {header("bridge", t("table.bridge"))}
            {header("cluster", t("table.cluster"))}
            <th scope="col">{t("table.standing")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ node, m }) => {
            const partners = view.partners.get(node.id) ?? m.degree;
            return (
              <tr key={node.id}>
                <th scope="row">
                  <Link prefetch={false} href={`/admin/organisations/${node.id}`}>
                    {node.label}
                  </Link>
                </th>
                <td>{tTypes(node.type)}</td>
                <td>{node.districts.map((code) => districts.find((d) => d.code === code)?.name ?? code).join(", ") || "–"}</td>
                <td>{m.degree}</td>
                {view.narrowed ? <td>{partners}</td> : null}
                <td>{formatBridge(m.bridge, locale)}</td>
                <td>{m.cluster || "–"}</td>
                <td>{t(`standing.${m.standing}`, { scope: partners === 0 ? "whole" : scope })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
