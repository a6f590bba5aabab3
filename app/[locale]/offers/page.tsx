import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferFilters } from "@/components/offers/offer-filters";
import { OfferList } from "@/components/offers/offer-list";
import { NoResults } from "@/components/offers/no-results";
import { Pagination } from "@/components/offers/pagination";
import { RememberSearch } from "@/components/offers/remember-search";
import { ResultsBar } from "@/components/offers/results-bar";
import { PointsMapLoader } from "@/components/map/points-map-loader";
import { sharedPointsMapProps } from "@/components/map/points-map-props";
import { localeParam } from "@/lib/i18n/params";
import { parseOfferFilter, toQuery, type SearchParams } from "@/lib/offers/filter";
import { offerFilterOptions } from "@/lib/offers/options";
import { findOffers } from "@/lib/offers/queries";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "offers" });
  const { q } = parseOfferFilter(await searchParams);
  return { title: q ? t("titleFor", { q }) : t("title") };
}

export default async function OffersPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const filter = parseOfferFilter(await searchParams);
  const t = await getTranslations("offers");
  const [results, options] = await Promise.all([findOffers(filter, locale), offerFilterOptions(locale)]);
  const mapProps = filter.view === "map" ? await sharedPointsMapProps(locale, "offers") : null;
  const query = new URLSearchParams({ ...toQuery(filter, { view: undefined, page: undefined }), locale }).toString();

  return (
    <div className="offers-page">
      <RememberSearch query={new URLSearchParams(toQuery({ ...filter, page: results.page })).toString()} />
      <h1>{filter.q ? t("titleFor", { q: filter.q }) : t("title")}</h1>
      <OfferFilters filter={filter} options={options} locale={locale} />
      <ResultsBar
        filter={filter}
        total={results.total}
        totalIsLowerBound={results.totalIsLowerBound}
        sort={results.sort}
        options={options}
      />
      {mapProps ? (
        <PointsMapLoader
          {...mapProps}
          pointsUrl={`/api/offers/points?${query}`}
          cards={{ cardsUrl: `/api/offers/cards?locale=${locale}` }}
          labels={{ ...mapProps.labels, openPin: t("map.openOffer"), several: t.raw("map.cluster") as string }}
        />
      ) : results.total === 0 ? (
        <NoResults filter={filter} unmatchedWords={results.unmatchedWords} concepts={results.concepts} options={options} />
      ) : (
        <>
          <OfferList offers={results.offers} locale={locale} />
          <Pagination filter={filter} page={results.page} pageCount={results.pageCount} />
        </>
      )}
    </div>
  );
}
