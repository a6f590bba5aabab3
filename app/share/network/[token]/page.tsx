import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NetworkGraphBlock } from "@/components/admin/network/network-graph-block";
import { adminLocale } from "@/lib/i18n/admin-locale";
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
        <h1 className="page-head__title--line" title={view.name}>
          {view.name}
        </h1>
        <p className="muted">{t("share.readOnly", { date: day.format(view.until) })}</p>
      </div>
      <NetworkGraphBlock
        page={page}
        locale={locale}
        title={view.name}
        cards={cards}
        saved={{ positions: view.positions, camera: view.camera }}
        positionsKept={false}
        readOnly
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
