import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NetworkExplorer } from "@/components/admin/network/network-explorer";
import { NetworkFilters } from "@/components/admin/network/network-filters";
import { NetworkFocusForm } from "@/components/admin/network/network-focus-form";
import { NetworkInsights } from "@/components/admin/network/network-insights";
import { NetworkTable } from "@/components/admin/network/network-table";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { networkPage } from "@/lib/network/view";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.network" });
  return { title: t("title") };
}

export default async function NetworkPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireUser("network.read", "/admin/network");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.network" });
  const { state, view, programmeOptions, focusChoices, focused, insights, cards, graph, links } = await networkPage(params, locale);

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t("title")}</h1>
        <nav aria-label={t("views.label")} className="meta-row">
          <Link prefetch={false} href={links.graph} aria-current={state.table ? undefined : "page"}>
            {t("views.graph")}
          </Link>
          <Link prefetch={false} href={links.table} aria-current={state.table ? "page" : undefined}>
            {t("views.table")}
          </Link>
          <Link prefetch={false} href={links.map}>
            {t("views.map")}
          </Link>
        </nav>
      </div>
      <p>{t("lead")}</p>
      <NetworkFilters filter={state.filter} programmes={programmeOptions} action="/admin/network" />
      <NetworkFocusForm state={state} choices={focusChoices} hidden={links.hidden} locale={locale} />
      {focused ? (
        <p role="status">
          {t("focus.showing", { name: focused })}{" "}
          <Link prefetch={false} href={links.clearFocus}>
            {t("focus.clear")}
          </Link>
        </p>
      ) : null}
      <NetworkInsights sentences={insights} narrowed={view.narrowed} locale={locale} />
      <section aria-labelledby="export" className="meta-row">
        <h2 id="export" className="visually-hidden">
          {t("export.title")}
        </h2>
        <span>{t("export.title")}:</span>
        <a href={links.export.nodes} download>
          {t("export.nodes")}
        </a>
        <a href={links.export.edges} download>
          {t("export.edges")}
        </a>
        <a href={links.export.gexf} download>
          {t("export.gexf")}
        </a>
      </section>
      {state.table ? (
        <NetworkTable view={view} locale={locale} sort={state.sort} sortHref={links.sort} />
      ) : (
        <>
          <p className="muted">{t("graph.legend")}</p>
          <NetworkExplorer
            nodes={graph.nodes}
            edges={graph.edges}
            cards={cards}
            initial={state.focus?.id ?? null}
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
            <Link prefetch={false} href={links.table}>
              {t("views.table")}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
