// The graph of a network page with its side panel (search, card, legend, pictures), in the
// back office's words: shared by the back office's network page and a partner's shared view.
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import type { NodeCard } from "@/lib/network/cards";
import { describeNetworkFilter } from "@/lib/network/describe";
import { formatDay } from "@/lib/network/filter";
import { networkTranslator } from "@/lib/network/messages";
import type { NetworkPage } from "@/lib/network/view";
import { NetworkExplorer } from "./network-explorer";
import type { Camera } from "./network-graph";
import type { SaveViewAction } from "./network-save-form";

type Props = {
  page: NetworkPage;
  locale: AdminLocale;
  /** the title of the pictures taken of the graph */
  title: string;
  cards: Record<string, NodeCard>;
  saved: { positions: Record<string, [number, number]> | null; camera: Camera | null } | null;
  /** says "arranged as saved" once laid out, instead of how to move the graph */
  positionsKept: boolean;
  /** a partner's read-only page: no table view to point to, nothing to save */
  readOnly?: boolean;
  /** the organisation whose card is open at first */
  initial?: string | null;
  query?: string;
  saveAction?: SaveViewAction | null;
};

export function NetworkGraphBlock({
  page,
  locale,
  title,
  cards,
  saved,
  positionsKept,
  readOnly,
  initial = null,
  query = "",
  saveAction = null,
}: Props) {
  const t = networkTranslator(locale);
  return (
    <NetworkExplorer
      nodes={page.graph.nodes}
      edges={page.graph.edges}
      cards={cards}
      initial={initial}
      fileName="netzwerk"
      legend={page.legend}
      picture={{
        title,
        filters: describeNetworkFilter(page.state, locale, page.programmeOptions, page.focused),
        date: t("describe.made", { date: formatDay(new Date()) }),
        legendTitle: t("legend.title"),
      }}
      saved={saved}
      query={query}
      saveAction={saveAction}
      labels={{
        region: t("graph.region"),
        zoomIn: t("graph.zoomIn"),
        zoomOut: t("graph.zoomOut"),
        zoomReset: t("graph.zoomReset"),
        layoutRunning: t("graph.running"),
        layoutDone: positionsKept ? t("saved.positionsKept") : t("graph.done"),
        edit: t("graph.edit"),
        focus: t("graph.focusHere"),
        hint: t("graph.hint"),
        close: t("graph.close"),
        noWebgl: readOnly ? t("share.noWebgl") : t("graph.noWebgl"),
        legend: t("legend.title"),
        // Placeholders stay for the graph to fill in.
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
        save: readOnly
          ? { title: "", name: "", submit: "", saved: "", errors: {} }
          : {
              title: t("saved.save"),
              name: t("saved.name"),
              submit: t("saved.save"),
              saved: t("saved.saved", { name: "{name}" }),
              errors: {
                name: t("saved.errors.name"),
                forbidden: t("saved.errors.forbidden"),
                invalid: t("saved.errors.invalid"),
              },
            },
      }}
    />
  );
}
