import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NetworkExplorer } from "@/components/admin/network/network-explorer";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { describeNetworkFilter } from "@/lib/network/describe";
import { formatDay } from "@/lib/network/filter";
import { networkTranslator } from "@/lib/network/messages";
import { sharedView } from "@/lib/network/share";
import { networkPage } from "@/lib/network/view";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: networkTranslator(await adminLocale())("share.pageTitle") };
}

// A partner's read-only view of a saved network view: the graph, its legend and the sentences,
// with no way into the back office and no personal data (organisations and figures only).
export default async function SharedNetworkPage({ params }: Props) {
  const { token } = await params;
  const locale = await adminLocale();
  const t = networkTranslator(locale);
  const view = await sharedView(token);
  if (!view) notFound();
  const page = await networkPage(Object.fromEntries(new URLSearchParams(view.query)), locale);
  // The cards link into the back office (edit, focus); a partner's page has neither.
  const cards = Object.fromEntries(
    Object.entries(page.cards).map(([id, card]) => [id, { ...card, editHref: null, focusHref: null }]),
  );
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  return (
    <main id="main" className="stack network-page">
      <div className="page-head">
        <h1>{view.name}</h1>
        <p className="muted">{t("share.readOnly", { date: day.format(view.until) })}</p>
      </div>
      <NetworkExplorer
        nodes={page.graph.nodes}
        edges={page.graph.edges}
        cards={cards}
        initial={null}
        fileName="netzwerk"
        legend={page.legend}
        picture={{
          title: view.name,
          filters: describeNetworkFilter(page.state, locale, page.programmeOptions, page.focused),
          date: t("describe.made", { date: formatDay(new Date()) }),
          legendTitle: t("legend.title"),
        }}
        saved={{ positions: view.positions, camera: view.camera }}
        query=""
        saveAction={null}
        labels={{
          region: t("graph.region"),
          layoutRunning: t("graph.running"),
          layoutDone: t("graph.done"),
          edit: t("graph.edit"),
          focus: t("graph.focusHere"),
          hint: t("graph.hint"),
          close: t("graph.close"),
          noWebgl: t("share.noWebgl"),
          legend: t("legend.title"),
          sizeRange: t("legend.sizeRange", { small: "{small}", large: "{large}" }),
          sizeEqual: t("legend.sizeEqual"),
          lines: t("legend.lines"),
          pictures: t("export.pictures"),
          svg: t("export.svg"),
          png: t("export.png"),
          search: {
            label: t("search.label"),
            submit: t("search.submit"),
            notFound: t("search.notFound", { query: "{query}" }),
            found: t("search.found", { name: "{name}" }),
          },
          save: { title: "", name: "", submit: "", saved: "", errors: {} },
        }}
      />
      <section className="card stack" aria-labelledby="shared-insights">
        <h2 id="shared-insights">{t("insights.title")}</h2>
        <ul className="insights">
          {page.insights.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
