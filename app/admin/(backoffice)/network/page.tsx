import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NetworkExplorer, type NodeCard } from "@/components/admin/network/network-explorer";
import { NetworkFilters } from "@/components/admin/network/network-filters";
import { NetworkInsights } from "@/components/admin/network/network-insights";
import { NetworkTable, type NetworkSort } from "@/components/admin/network/network-table";
import {
  participationColour,
  programmeColour,
  relationshipColour,
  typeColours,
} from "@/components/admin/network/palette";
import { requireUser } from "@/lib/auth/session";
import { districts } from "@/lib/geo/districts";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { networkFilterQuery, parseNetworkFilter } from "@/lib/network/filter";
import { networkProgrammeOptions } from "@/lib/network/programme-options";
import { networkView, parseFocus } from "@/lib/network/view";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.network" });
  return { title: t("title") };
}

const sorts: NetworkSort[] = ["name", "degree", "bridge", "cluster"];

export default async function NetworkPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireUser("network.read", "/admin/network");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.network" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  const filter = parseNetworkFilter(params);
  const focus = parseFocus(params);
  const withProgrammes = params.programmes !== "0";
  const table = params.view === "table";
  const sort = sorts.includes(params.sort as NetworkSort) ? (params.sort as NetworkSort) : "degree";
  const [view, programmeOptions] = await Promise.all([
    networkView(filter, focus, locale, { withProgrammes }),
    networkProgrammeOptions(locale),
  ]);
  const programmes = new Map(programmeOptions.map((p) => [p.slug, p.name]));
  const districtName = (code: string) => districts.find((d) => d.code === code)?.name ?? code;

  // Every link keeps the filter, the focus and the view.
  const base = networkFilterQuery(filter);
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams(base);
    const all = {
      focus: focus?.id,
      steps: focus ? String(focus.steps) : undefined,
      programmes: withProgrammes ? undefined : "0",
      view: table ? "table" : undefined,
      ...extra,
    };
    for (const [k, v] of Object.entries(all)) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `?${s}` : "";
  };

  const ranked = [...view.metrics.nodes.values()].sort((a, b) => b.bridge - a.bridge);
  const cards: Record<string, NodeCard> = {};
  for (const node of view.data.nodes) {
    const m = view.metrics.nodes.get(node.id);
    if (node.kind === "programme") {
      const count = view.data.edges.filter((e) => e.target === node.id).length;
      cards[node.id] = {
        title: node.label,
        subtitle: t("filters.programme"),
        facts: [t("card.participants", { count })],
        editHref: `/admin/programmes/${node.id.replace("programme:", "")}`,
        focusHref: null,
      };
      continue;
    }
    cards[node.id] = {
      title: node.label,
      subtitle: tTypes(node.type),
      facts: [
        t("card.connections", { count: m?.degree ?? 0 }),
        ...(m && m.bridge > 0
          ? [
              t("card.bridge", {
                share: Math.round(m.bridge * 1000) / 10,
                rank: ranked.indexOf(m) + 1,
                total: ranked.length,
              }),
            ]
          : []),
        ...(m?.cluster ? [t("card.cluster", { cluster: m.cluster })] : []),
        t(`standing.${m?.standing ?? "isolated"}`),
        ...(node.programmes.length
          ? [t("card.programmes", { names: node.programmes.map((p) => programmes.get(p) ?? p).join(", ") })]
          : []),
        ...(node.districts.length ? [t("card.districts", { names: node.districts.map(districtName).join(", ") })] : []),
      ],
      editHref: `/admin/organisations/${node.id}`,
      focusHref: `/admin/network${query({ focus: node.id, steps: "1" })}`,
    };
  }
  const maxDegree = Math.max(1, ...[...view.metrics.nodes.values()].map((m) => m.degree));
  const graphNodes = view.data.nodes.map((n) => {
    const position = view.positions.get(n.id)!;
    const degree = view.metrics.nodes.get(n.id)?.degree ?? 0;
    return {
      id: n.id,
      label: n.label,
      x: position.x,
      y: position.y,
      size: n.kind === "programme" ? 9 : 3 + 10 * Math.sqrt(degree / maxDegree),
      color: n.kind === "programme" ? programmeColour : (typeColours[n.type] ?? "#555"),
      programme: n.kind === "programme",
    };
  });
  const graphEdges = view.data.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    color: e.kind === "relationship" ? relationshipColour : participationColour,
    size: e.kind === "relationship" ? 1.5 : 0.8,
  }));
  const focused = focus ? view.data.nodes.find((n) => n.id === focus.id) : null;
  const exportHref = (format: string) => `/admin/network/export${query({ format, view: undefined })}`;

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t("title")}</h1>
        <nav aria-label={t("views.label")} className="meta-row">
          <Link
            prefetch={false}
            href={`/admin/network${query({ view: undefined })}`}
            aria-current={table ? undefined : "page"}
          >
            {t("views.graph")}
          </Link>
          <Link
            prefetch={false}
            href={`/admin/network${query({ view: "table" })}`}
            aria-current={table ? "page" : undefined}
          >
            {t("views.table")}
          </Link>
          <Link prefetch={false} href={`/admin/network/map${base ? `?${base}` : ""}`}>
            {t("views.map")}
          </Link>
        </nav>
      </div>
      <p>{t("lead")}</p>
      <NetworkFilters filter={filter} programmes={programmeOptions} action="/admin/network" />
      <form method="get" action="/admin/network" className="filter-bar" aria-label={t("focus.legend")}>
        {Object.entries(Object.fromEntries(new URLSearchParams(base))).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {table ? <input type="hidden" name="view" value="table" /> : null}
        <div className="field">
          <label htmlFor="focus">{t("focus.organisation")}</label>
          <select id="focus" name="focus" className="input" defaultValue={focus?.id ?? ""}>
            <option value="">{t("focus.none")}</option>
            {/* Every organisation of the filtered network, not just the focused part. */}
            {view.unfocused.nodes
              .filter((n) => n.kind === "organisation")
              .sort((a, b) => a.label.localeCompare(b.label, locale))
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="steps">{t("focus.steps")}</label>
          <select id="steps" name="steps" className="input" defaultValue={String(focus?.steps ?? 1)}>
            <option value="1">{t("focus.one")}</option>
            <option value="2">{t("focus.two")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="programmes">{t("programmesToggle")}</label>
          <select id="programmes" name="programmes" className="input" defaultValue={withProgrammes ? "1" : "0"}>
            <option value="1">{t("yes")}</option>
            <option value="0">{t("no")}</option>
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("focus.apply")}
        </button>
      </form>
      {focused ? (
        <p role="status">
          {t("focus.showing", { name: focused.label })}{" "}
          <Link prefetch={false} href={`/admin/network${query({ focus: undefined, steps: undefined })}`}>
            {t("focus.clear")}
          </Link>
        </p>
      ) : null}
      <NetworkInsights view={view} locale={locale} programmes={programmes} />
      <section aria-labelledby="export" className="meta-row">
        <h2 id="export" className="visually-hidden">
          {t("export.title")}
        </h2>
        <span>{t("export.title")}:</span>
        <a href={exportHref("nodes.csv")} download>
          {t("export.nodes")}
        </a>
        <a href={exportHref("edges.csv")} download>
          {t("export.edges")}
        </a>
        <a href={exportHref("gexf")} download>
          {t("export.gexf")}
        </a>
      </section>
      {table ? (
        <NetworkTable view={view} locale={locale} sort={sort} sortHref={(s) => `/admin/network${query({ sort: s })}`} />
      ) : (
        <>
          <p className="muted">{t("graph.legend")}</p>
          <NetworkExplorer
            nodes={graphNodes}
            edges={graphEdges}
            cards={cards}
            initial={focus?.id ?? null}
            fileName="netzwerk"
            labels={{
              region: t("graph.region"),
              exportPng: t("export.png"),
              layoutRunning: t("graph.running"),
              layoutDone: t("graph.done"),
              edit: t("graph.edit"),
              focus: t("graph.focusHere"),
              hint: t("graph.hint"),
              close: t("graph.close"),
              noWebgl: t("graph.noWebgl"),
            }}
          />
          <p>
            {t("graph.tableHint")}{" "}
            <Link prefetch={false} href={`/admin/network${query({ view: "table" })}`}>
              {t("views.table")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
