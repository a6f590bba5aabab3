import { redirect } from "next/navigation";
import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NetworkAppearanceForm } from "@/components/admin/network/network-appearance-form";
import { NetworkFilters } from "@/components/admin/network/network-filters";
import { NetworkGraphBlock } from "@/components/admin/network/network-graph-block";
import { NetworkFocusForm } from "@/components/admin/network/network-focus-form";
import { NetworkInsights } from "@/components/admin/network/network-insights";
import { NetworkSavedList } from "@/components/admin/network/network-saved-list";
import { NetworkTable } from "@/components/admin/network/network-table";
import { ShownGexfLink, ShownPositionsArea } from "@/components/admin/network/shown-positions";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { getNetworkView, listNetworkViews, savedViewHref } from "@/lib/network/saved-views";
import { networkPage } from "@/lib/network/view";
import { publicUrl } from "@/lib/http/public-origin";
import { currentShareLink, SHARE_DAYS } from "@/lib/network/share";
import { CopyLink } from "@/components/admin/copy-link";
import {
  deleteNetworkViewAction,
  saveNetworkViewAction,
  shareNetworkViewAction,
  stopSharingNetworkViewAction,
} from "./actions";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.network" });
  return { title: t("title") };
}

// The graph comes first and fills the screen beside its side panel (search, card, legend,
// pictures, saving); the filters, the figures in words and the files follow below it.
export default async function NetworkPage({ searchParams }: Props) {
  const params = await searchParams;
  const user = await requireUser("network.read", "/admin/network");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.network" });
  const [page, saved, views, stored] = await Promise.all([
    networkPage(params, locale),
    params.saved ? getNetworkView(params.saved) : null,
    listNetworkViews(),
    params.shared && can(user, "network.share") ? currentShareLink(params.shared) : null,
  ]);
  // Opened by its id alone (a colleague's link): the view's filters, colour and size come back too.
  const bare = Object.keys(params).every((key) => ["saved", "shared"].includes(key));
  if (saved && bare && saved.query) {
    const extra = new URLSearchParams(
      Object.entries(params).filter((entry): entry is [string, string] => entry[0] !== "saved" && !!entry[1]),
    ).toString();
    redirect(`${savedViewHref(saved.id, saved.query)}${extra ? `&${extra}` : ""}`);
  }
  const { state, view, programmeOptions, focusChoices, focused, insights, cards, links } = page;
  const mayKeepViews = can(user, "network.views");
  const shareLink = stored ? { url: publicUrl(stored.path).toString(), until: stored.until } : null;
  const query = links.graph.includes("?") ? links.graph.slice(links.graph.indexOf("?") + 1) : "";

  return (
    <ShownPositionsArea className="stack network-page">
      <div className="page-head">
        {/* A view's name can be long: one line, so that the graph below stays whole on a laptop screen. */}
        {saved ? (
          <h1 className="page-head__title--line" title={t("saved.showing", { name: saved.name })}>
            {t("saved.showing", { name: saved.name })}
          </h1>
        ) : (
          <h1>{t("title")}</h1>
        )}
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
      {params.saved && !saved ? <p role="alert">{t("saved.missing")}</p> : null}
      {params.deleted ? <p role="status">{t("saved.deleted", { name: params.deleted })}</p> : null}
      {params.unshared ? <p role="status">{t("share.stopped", { name: params.unshared })}</p> : null}
      {shareLink ? (
        <p role="status" data-testid="network-share-link">
          {t("share.created", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(shareLink.until) })}{" "}
          <a href={shareLink.url} rel="noreferrer">
            {shareLink.url}
          </a>{" "}
          <CopyLink text={shareLink.url} labels={{ copy: t("share.copy"), copied: t("share.copied") }} />
        </p>
      ) : null}
      {focused ? (
        <p role="status">
          {t("focus.showing", { name: focused })}{" "}
          <Link prefetch={false} href={links.clearFocus}>
            {t("focus.clear")}
          </Link>
        </p>
      ) : null}
      {state.table ? (
        <NetworkTable view={view} locale={locale} sort={state.sort} sortHref={links.sort} />
      ) : (
        <NetworkGraphBlock
          page={page}
          locale={locale}
          title={saved?.name ?? t("title")}
          cards={cards}
          initial={state.focus?.id ?? null}
          saved={saved ? { positions: saved.positions, camera: saved.camera } : null}
          positionsKept={!!saved?.positions}
          query={query}
          saveAction={mayKeepViews ? saveNetworkViewAction : null}
        />
      )}
      <p className="muted">{t("lead")}</p>
      <NetworkFilters filter={state.filter} programmes={programmeOptions} action="/admin/network" />
      <NetworkFocusForm state={state} choices={focusChoices} hidden={links.hidden} locale={locale} />
      {state.table ? null : (
        <NetworkAppearanceForm appearance={state.appearance} hidden={links.keepAppearance} locale={locale} />
      )}
      <NetworkInsights sentences={insights} narrowed={view.narrowed} locale={locale} />
      {mayKeepViews ? (
        <NetworkSavedList
          views={views}
          locale={locale}
          shareDays={SHARE_DAYS}
          actions={{
            delete: deleteNetworkViewAction,
            share: shareNetworkViewAction,
            stopSharing: stopSharingNetworkViewAction,
          }}
        />
      ) : null}
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
        <ShownGexfLink href={saved ? `${links.export.gexf}&saved=${saved.id}` : links.export.gexf}>
          {t("export.gexf")}
        </ShownGexfLink>
      </section>
    </ShownPositionsArea>
  );
}
