// Which figure the coverage map shows: a plain GET form, so the choice is in the address and can be
// bookmarked or sent to a colleague.
import { getTranslations } from "next-intl/server";
import type { CoverageMatrix, MeasureKey, RateMode } from "@/lib/coverage/coverage";
import type { AdminLocale } from "@/lib/i18n/admin-locale";

type Props = { locale: AdminLocale; matrix: CoverageMatrix; measure: MeasureKey; mode: RateMode };

export async function MeasureForm({ locale, matrix, measure, mode }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.coverage.choose" });
  return (
    <form className="filter-bar" method="get" aria-label={t("legend")}>
      <div className="field">
        <label htmlFor="measure">{t("measure")}</label>
        <select id="measure" name="measure" className="input" defaultValue={measure}>
          <optgroup label={t("all")}>
            <option value="sites">{t("allSites")}</option>
            <option value="offers">{t("allOffers")}</option>
          </optgroup>
          <optgroup label={t("programmes")}>
            {matrix.programmes.flatMap((p) => [
              <option key={`sites:${p.slug}`} value={`sites:${p.slug}`}>
                {t("programmeSites", { programme: p.name })}
              </option>,
              <option key={`offers:${p.slug}`} value={`offers:${p.slug}`}>
                {t("programmeOffers", { programme: p.name })}
              </option>,
            ])}
          </optgroup>
          <optgroup label={t("categories")}>
            {matrix.categories.map((c) => (
              <option key={c.code} value={`category:${c.code}`}>
                {t("categoryOffers", { category: c.name })}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor="mode">{t("mode")}</label>
        <select id="mode" name="mode" className="input" defaultValue={mode}>
          <option value="absolute">{t("absolute")}</option>
          <option value="per1000">{t("per1000")}</option>
        </select>
      </div>
      <button className="button button--secondary" type="submit">
        {t("submit")}
      </button>
    </form>
  );
}
