import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PointsMapLoader } from "@/components/map/points-map-loader";
import { sharedPointsMapProps } from "@/components/map/points-map-props";
import { SelectField } from "@/components/ui/select-field";
import { Pager } from "@/components/ui/pager";
import { ViewSwitch } from "@/components/ui/view-switch";
import { districts } from "@/lib/geo/districts";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/params";
import { organisationTypes } from "@/lib/organisations/types";
import { pageOfOrganisations } from "@/lib/organisations/directory";
import { directoryQuery, parseDirectoryFilter } from "@/lib/organisations/directory-filter";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "organisations" });
  return { title: t("title") };
}

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const filter = parseDirectoryFilter(await searchParams);
  const { type, district, view } = filter;
  const t = await getTranslations("organisations");
  const tTypes = await getTranslations("organisationTypes");
  const { organisations, total, page, pageCount } = await pageOfOrganisations(filter);
  const mapProps = view === "map" ? await sharedPointsMapProps(locale, "organisations") : null;

  return (
    <div className="offers-page">
      <h1>{t("title")}</h1>
      <p>{t("lead")}</p>
      <form className="offer-filters" action={`/${locale}/organisations`} method="get">
        <div className="offer-filters__grid">
          <SelectField
            id="org-type"
            name="type"
            label={t("type")}
            any={t("allTypes")}
            options={organisationTypes.map((value) => ({ value, label: tTypes(value) }))}
            value={type}
          />
          <SelectField
            id="org-district"
            name="district"
            label={t("district")}
            any={t("allDistricts")}
            options={districts.map((d) => ({ value: d.code, label: d.name }))}
            value={district}
          />
        </div>
        {/* Filtering keeps the reader in the view they chose. */}
        {view === "map" ? <input type="hidden" name="view" value="map" /> : null}
        <div className="offer-filters__actions">
          <button className="button" type="submit">
            {t("apply")}
          </button>
        </div>
      </form>
      <div className="results-bar">
        <p className="results-bar__count" role="status">
          <strong>{t("count", { count: total })}</strong>
        </p>
        <ViewSwitch
          view={view}
          listHref={{ pathname: "/organisations", query: directoryQuery({ ...filter, view: "list" }) }}
          mapHref={{ pathname: "/organisations", query: directoryQuery({ ...filter, view: "map", page: undefined }) }}
          labels={{ label: t("view.label"), list: t("view.list"), map: t("view.map") }}
        />
      </div>
      {mapProps ? (
        <PointsMapLoader
          {...mapProps}
          pointsUrl={`/api/organisations/points?${new URLSearchParams(directoryQuery({ type, district, view: "list" }))}`}
          cards={{ organisationCardsUrl: `/api/organisations/cards?locale=${locale}` }}
          labels={{ ...mapProps.labels, openPin: t("map.openPartner"), several: t.raw("map.several") as string }}
        />
      ) : (
        <ul className="offer-list">
          {organisations.map((org) => (
            <li key={org.slug} className="card">
              <h2 className="offer-card__title">
                <Link href={`/organisations/${org.slug}`}>
                  <bdi>{org.name}</bdi>
                </Link>
              </h2>
              <p className="offer-card__tags">
                <span className="badge">{tTypes(org.type)}</span>
                {org.districts.map((d) => (
                  <span key={d.code} className="badge badge--muted">
                    {d.name}
                  </span>
                ))}
                {org.offerCount > 0 ? (
                  <span className="badge badge--programme">{t("offers", { count: org.offerCount })}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {mapProps ? null : (
        <Pager
          page={page}
          pageCount={pageCount}
          href={(n) => ({ pathname: "/organisations", query: directoryQuery({ ...filter, page: n }) })}
        />
      )}
    </div>
  );
}
