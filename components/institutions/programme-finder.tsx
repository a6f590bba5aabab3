// The finder is a GET form: the institution says what it is, where, and what it looks for, and gets
// the programmes it can host, why they fit, and where they already run nearby.
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/select-field";
import { districts, type DistrictCode } from "@/lib/geo/districts";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { inquiringTypes } from "@/lib/inquiries/schema";
import { findProgrammesFor, interests, type Interest } from "@/lib/institutions/finder";

type Query = { type?: (typeof inquiringTypes)[number]; district?: DistrictCode; interest?: Interest };

export async function ProgrammeFinder({ locale, query }: { locale: Locale; query: Query }) {
  const t = await getTranslations("institutions.finder");
  const tTypes = await getTranslations("organisationTypes");
  const matches = query.type ? await findProgrammesFor({ type: query.type, district: query.district, interest: query.interest }, locale) : null;
  const districtName = districts.find((d) => d.code === query.district)?.name;
  const km = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  return (
    <section className="card" aria-labelledby="finder-title">
      <h2 id="finder-title">{t("title")}</h2>
      <form action={`/${locale}/institutions`} method="get" className="offer-filters__grid">
        <SelectField id="finder-type" name="type" label={t("type")} any={t("choose")} options={inquiringTypes.map((v) => ({ value: v, label: tTypes(v) }))} value={query.type} />
        <SelectField id="finder-district" name="district" label={t("district")} any={t("anyDistrict")} options={districts.map((d) => ({ value: d.code, label: d.name }))} value={query.district} />
        <SelectField id="finder-interest" name="interest" label={t("interest")} any={t("anything")} options={interests.map((v) => ({ value: v, label: t(`interests.${v}`) }))} value={query.interest} />
        <div className="offer-filters__actions">
          <button className="button" type="submit">
            {t("submit")}
          </button>
        </div>
      </form>
      {matches === null ? null : matches.length === 0 ? (
        <p role="status">{t("none")}</p>
      ) : (
        <div role="status">
          <p>
            <strong>{t("found", { count: matches.length })}</strong>
          </p>
          <ul className="programme-list">
            {matches.map((m) => (
              <li key={m.slug} className="card finder-match">
                <h3>
                  <Link href={`/programmes/${m.slug}`}>{m.name}</Link>
                </h3>
                <p lang={m.isFallback ? m.textLocale : undefined}>{m.summary}</p>
                <p className="finder-match__why">
                  <strong>{t("why")}</strong> {t("canHost", { type: tTypes(query.type!) })}
                  {query.interest ? ` ${t("fitsInterest", { interest: t(`interests.${query.interest}`) })}` : ""}
                  {districtName
                    ? ` ${m.sitesInDistrict === 0 ? t("noSiteYet", { district: districtName }) : t("sitesInDistrict", { count: m.sitesInDistrict, district: districtName })}`
                    : ""}
                </p>
                {m.nearest.length > 0 ? (
                  <>
                    <p className="muted">{districtName ? t("nearest") : t("existing")}</p>
                    <ul>
                      {m.nearest.map((s) => (
                        <li key={s.organisation.slug}>
                          <Link href={`/organisations/${s.organisation.slug}`}>{s.organisation.name}</Link>
                          {s.district ? ` (${s.district}${s.distanceKm !== null ? `, ${t("distance", { km: km.format(s.distanceKm) })}` : ""})` : ""}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                <Link className="button button--secondary" href={{ pathname: "/institutions", query: { programme: m.slug, type: query.type, district: query.district }, hash: "inquiry" }}>
                  {t("askAbout", { programme: m.name })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
