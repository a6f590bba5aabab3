// The filters are one GET form: it works without JavaScript and its result address can be shared.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { activeFilters, type OfferFilter } from "@/lib/offers/filter";
import { SelectField } from "@/components/ui/select-field";
import type { OfferFilterOptions } from "@/lib/offers/options";
import { NearMeButton } from "./near-me-button";

type Props = { filter: OfferFilter; options: OfferFilterOptions; locale: Locale };

function Select(props: Omit<Parameters<typeof SelectField>[0], "id">) {
  return <SelectField id={`filter-${props.name}`} {...props} />;
}

export async function OfferFilters({ filter, options, locale }: Props) {
  const t = await getTranslations("offers");
  const active = activeFilters(filter).length;
  return (
    <form className="offer-filters" action={`/${locale}/offers`} method="get" role="search" aria-label={t("searchLabel")}>
      <div className="search-box">
        <label htmlFor="offers-q" className="visually-hidden">
          {t("searchLabel")}
        </label>
        <input id="offers-q" className="input" type="search" name="q" defaultValue={filter.q} placeholder={t("searchPlaceholder")} enterKeyHint="search" />
        <button className="button" type="submit">
          {t("search")}
        </button>
      </div>
      <details className="offer-filters__more">
        <summary>{active > 0 ? t("filtersActive", { count: active }) : t("filters")}</summary>
        <div className="offer-filters__grid">
          <Select name="category" label={t("filter.category")} any={t("filter.any")} options={options.categories} value={filter.category} />
          <Select name="audience" label={t("filter.audience")} any={t("filter.any")} options={options.audiences} value={filter.audience} />
          <Select name="language" label={t("filter.language")} any={t("filter.any")} options={options.languages} value={filter.language} />
          <Select name="district" label={t("filter.district")} any={t("filter.anyDistrict")} options={options.districts} value={filter.district} />
          <Select name="programme" label={t("filter.programme")} any={t("filter.any")} options={options.programmes} value={filter.programme} />
          <div className="field">
            <label htmlFor="filter-sort">{t("sort.label")}</label>
            <select id="filter-sort" name="sort" defaultValue={filter.sort ?? ""} className="input">
              <option value="">{t("sort.relevance")}</option>
              <option value="distance">{t("sort.distance")}</option>
              <option value="recent">{t("sort.recent")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-age">{t("filter.age")}</label>
            <input id="filter-age" name="age" className="input" type="number" inputMode="numeric" min={0} max={99} defaultValue={filter.age} aria-describedby="filter-age-hint" />
            <p id="filter-age-hint" className="field__hint">
              {t("filter.ageHint")}
            </p>
          </div>
          <Select name="day" label={t("filter.day")} any={t("filter.anyDay")} options={options.weekdays} value={filter.day !== undefined ? String(filter.day) : undefined} />
          <div className="field field--checkbox">
            <input id="filter-open" type="checkbox" name="open" value="1" defaultChecked={filter.open} />
            <label htmlFor="filter-open">{t("filter.openNow")}</label>
          </div>
          <div className="field field--checkbox">
            <input id="filter-free" type="checkbox" name="free" value="1" defaultChecked={filter.free} />
            <label htmlFor="filter-free">{t("filter.free")}</label>
          </div>
        </div>
        {filter.near ? <input type="hidden" name="near" value={`${filter.near.lat},${filter.near.lng}`} /> : null}
        {filter.view === "map" ? <input type="hidden" name="view" value="map" /> : null}
        <div className="offer-filters__actions">
          <button className="button" type="submit">
            {t("apply")}
          </button>
          <NearMeButton label={t("nearMe")} deniedLabel={t("nearMeDenied")} />
        </div>
      </details>
    </form>
  );
}
