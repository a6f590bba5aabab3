import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NetworkFilters } from "@/components/admin/network/network-filters";
import { NetworkMapLoader } from "@/components/admin/network/network-map-loader";
import { programmeColours } from "@/components/admin/network/programme-colours";
import { ProgrammeLegend } from "@/components/admin/network/programme-legend";
import { RelationLegend } from "@/components/admin/network/relation-legend";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { networkFilterQuery, parseNetworkFilter } from "@/lib/network/filter";
import { networkMapData } from "@/lib/network/map";
import { networkProgrammeOptions } from "@/lib/network/programme-options";
import type { RelationshipType } from "@/lib/relationships/editing";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.network.map" });
  return { title: t("title") };
}

export default async function NetworkMapPage({ searchParams }: Props) {
  const parsed = parseNetworkFilter(await searchParams);
  const query = networkFilterQuery(parsed);
  await requireUser("network.read", `/admin/network/map${query ? `?${query}` : ""}`);
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.network" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  const programmes = await networkProgrammeOptions(locale);
  // A programme that no longer exists would empty the map while the form said "all programmes".
  const filter = programmes.some((p) => p.slug === parsed.programme) ? parsed : { ...parsed, programme: undefined };
  const { nodes, edges, unplaced } = await networkMapData(filter);
  const counts: Partial<Record<RelationshipType, number>> = {};
  for (const edge of edges) counts[edge.type] = (counts[edge.type] ?? 0) + 1;
  const colours = programmeColours(programmes);
  const presence: Record<string, number> = {};
  for (const node of nodes) for (const slug of node.programmes) presence[slug] = (presence[slug] ?? 0) + 1;
  const typeLabels = Object.fromEntries([...new Set(nodes.map((n) => n.type))].map((type) => [type, tTypes(type)]));
  const here = networkFilterQuery(filter);
  const graphHref = (view?: string) => {
    const q = new URLSearchParams(here);
    if (view) q.set("view", view);
    return `/admin/network${q.size ? `?${q}` : ""}`;
  };

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t("map.title")}</h1>
        <nav aria-label={t("views.label")} className="meta-row">
          <Link prefetch={false} href={graphHref()}>
            {t("views.graph")}
          </Link>
          <Link prefetch={false} href={graphHref("table")}>
            {t("views.table")}
          </Link>
          <Link prefetch={false} href={`/admin/network/map${here ? `?${here}` : ""}`} aria-current="page">
            {t("views.map")}
          </Link>
        </nav>
      </div>
      <p>{t("map.lead")}</p>
      <NetworkFilters filter={filter} programmes={programmes} action="/admin/network/map" />
      <p role="status">
        {t("map.summary", { organisations: nodes.length, connections: edges.length })}
        {unplaced > 0 ? ` ${t("map.unplaced", { count: unplaced })}` : null}
      </p>
      {nodes.length > 0 ? (
        <NetworkMapLoader
          nodes={nodes}
          edges={edges}
          typeLabels={typeLabels}
          programmes={colours}
          districtsUrl="/geo/stadtbezirke.geojson"
          tileUrl={env().MAP_TILE_URL}
          attribution={env().MAP_TILE_ATTRIBUTION}
        />
      ) : (
        <p>{t("map.empty")}</p>
      )}
      <div className="network-map__legends">
        <RelationLegend counts={counts} />
        <ProgrammeLegend programmes={colours} counts={presence} />
      </div>
    </div>
  );
}
