// A view's filter in one line of words, for the picture of the graph: someone looking at an
// exported picture learns which part of the network it shows and as of when.
import { districts } from "../geo/districts";
import type { AdminLocale } from "../i18n/admin-locale";
import { formatDay } from "./filter";
import { networkTranslator, organisationTypeName } from "./messages";
import type { NetworkProgrammeOption } from "./programme-options";
import type { NetworkPageState } from "./view";

export function describeNetworkFilter(
  state: Pick<NetworkPageState, "filter">,
  locale: AdminLocale,
  programmes: readonly Pick<NetworkProgrammeOption, "slug" | "name">[],
  focused: string | null,
): string {
  const t = networkTranslator(locale);
  const { filter } = state;
  const parts = [
    filter.type ? `${t("filters.type")}: ${organisationTypeName(filter.type, locale)}` : null,
    filter.programme
      ? `${t("filters.programme")}: ${programmes.find((p) => p.slug === filter.programme)?.name ?? filter.programme}`
      : null,
    filter.district ? `${t("filters.district")}: ${districts.find((d) => d.code === filter.district)?.name}` : null,
    filter.relation ? `${t("filters.relation")}: ${t(`relationTypes.${filter.relation}`)}` : null,
    focused ? t("describe.focus", { name: focused }) : null,
  ].filter(Boolean);
  return [
    parts.length ? parts.join(", ") : t("describe.whole"),
    t("describe.asOf", { date: formatDay(filter.asOf) }),
  ].join(" · ");
}
