import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SelectField } from "@/components/ui/select-field";
import { districts, districtCodes, type DistrictCode } from "@/lib/geo/districts";
import { Link } from "@/lib/i18n/navigation";
import { localeParam } from "@/lib/i18n/params";
import { isOrganisationType, organisationTypes } from "@/lib/organisation-types";
import { listOrganisations } from "@/lib/organisations/directory";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeParam(params), namespace: "organisations" });
  return { title: t("title") };
}

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const type = isOrganisationType(query.type) ? query.type : undefined;
  const district = districtCodes.includes(query.district as DistrictCode) ? (query.district as DistrictCode) : undefined;
  const t = await getTranslations("organisations");
  const tTypes = await getTranslations("organisationTypes");
  const organisations = await listOrganisations({ type, district });

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
        <div className="offer-filters__actions">
          <button className="button" type="submit">
            {t("apply")}
          </button>
        </div>
      </form>
      <p role="status">
        <strong>{t("count", { count: organisations.length })}</strong>
      </p>
      <ul className="offer-list">
        {organisations.map((org) => (
          <li key={org.slug} className="card">
            <h2 className="offer-card__title">
              <Link href={`/organisations/${org.slug}`}>{org.name}</Link>
            </h2>
            <p className="offer-card__tags">
              <span className="badge">{tTypes(org.type)}</span>
              {org.districts.map((d) => (
                <span key={d.code} className="badge badge--muted">
                  {d.name}
                </span>
              ))}
              {org.offerCount > 0 ? <span className="badge badge--programme">{t("offers", { count: org.offerCount })}</span> : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
