// Result count, the filters in force (each removable) and the switch between list and map.
import { getTranslations } from "next-intl/server";
import { ViewSwitch } from "@/components/ui/view-switch";
import { Link } from "@/lib/i18n/navigation";
import { activeFilters, toQuery, type OfferFilter } from "@/lib/offers/filter";
import type { OfferFilterOptions } from "@/lib/offers/options";
import { filterLabel } from "./filter-label";

type Props = {
  filter: OfferFilter;
  total: number;
  totalIsLowerBound: boolean;
  sort: string;
  options: OfferFilterOptions;
};

export async function ResultsBar({ filter, total, totalIsLowerBound, sort, options }: Props) {
  const t = await getTranslations("offers");
  const active = activeFilters(filter);
  return (
    <div className="results-bar">
      <p className="results-bar__count" role="status">
        <strong>{totalIsLowerBound ? t("countAtLeast", { count: total }) : t("count", { count: total })}</strong>
        {total > 0 && sort === "distance" ? <span className="muted"> · {t("sortedByDistance")}</span> : null}
      </p>
      {active.length > 0 ? (
        <ul className="chips chips--small" aria-label={t("activeFilters")}>
          {active.map((key) => (
            <li key={key}>
              <Link
                className="chip chip--removable"
                href={{ pathname: "/offers", query: toQuery(filter, { [key]: undefined, page: undefined }) }}
              >
                {filterLabel(key, filter, options, t)}
                <span className="visually-hidden"> – {t("removeFilter")}</span>
                <span aria-hidden="true"> ×</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ViewSwitch
        view={filter.view}
        listHref={{ pathname: "/offers", query: toQuery(filter, { view: undefined }) }}
        mapHref={{ pathname: "/offers", query: toQuery(filter, { view: "map", page: undefined }) }}
        labels={{ label: t("view.label"), list: t("view.list"), map: t("view.map") }}
      />
    </div>
  );
}
