// The coverage matrix: districts as rows, programmes (sites and services) and then categories
// (services) as columns, with the rate per 1,000 inhabitants in brackets where it can be worked out.
import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { perThousand, rateFormat, type CoverageCounts, type CoverageMatrix } from "@/lib/coverage/coverage";
import type { AdminLocale } from "@/lib/i18n/admin-locale";

type Props = { locale: AdminLocale; matrix: CoverageMatrix; id?: string };

export async function CoverageTable({ locale, matrix, id }: Props) {
  const t = await getTranslations({ locale, namespace: "admin.coverage.table" });
  const whole = new Intl.NumberFormat(locale);
  const rate = rateFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin" });
  const anyPopulation = matrix.districts.some((d) => d.population);
  // A programme with sites elsewhere but none here is a gap; its zero is set in bold.
  const hasSites = new Set(matrix.programmes.filter((p) => matrix.totals.programmeSites[p.slug]).map((p) => p.slug));

  const cell = (count: number, population: number | null, gap = false) => {
    const per = perThousand(count, population);
    return (
      <td className={gap ? "coverage-table__zero" : undefined}>
        {whole.format(count)}
        {per !== null ? ` (${rate.format(per)})` : null}
      </td>
    );
  };

  const cells = (counts: CoverageCounts, population: number | null) => (
    <>
      {cell(counts.sites, population)}
      {cell(counts.offers, population)}
      {matrix.programmes.map((p) => (
        <Fragment key={p.slug}>
          {cell(counts.programmeSites[p.slug] ?? 0, population, hasSites.has(p.slug) && !counts.programmeSites[p.slug])}
          {cell(counts.programmeOffers[p.slug] ?? 0, population)}
        </Fragment>
      ))}
      {matrix.categories.map((c) => (
        <Fragment key={c.code}>{cell(counts.categoryOffers[c.code] ?? 0, population)}</Fragment>
      ))}
    </>
  );

  return (
    <div className="table-scroll" id={id} role="region" tabIndex={0} aria-labelledby={id ? `${id}-caption` : undefined}>
      <table className="table coverage-table">
        <caption id={id ? `${id}-caption` : undefined}>
          {t("caption", { date: date.format(matrix.asOf) })}
          {anyPopulation ? <> {t("captionRates")}</> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t("district")}
            </th>
            <th scope="col" rowSpan={2}>
              {t("population")}
            </th>
            <th scope="colgroup" colSpan={2}>
              {t("all")}
            </th>
            {matrix.programmes.map((p) => (
              <th key={p.slug} scope="colgroup" colSpan={2}>
                {p.name}
              </th>
            ))}
            {matrix.categories.length ? (
              <th scope="colgroup" colSpan={matrix.categories.length}>
                {t("categories")}
              </th>
            ) : null}
          </tr>
          <tr>
            {[{ slug: "" }, ...matrix.programmes].map((p) => (
              <Fragment key={p.slug || "all"}>
                <th scope="col">{t("sites")}</th>
                <th scope="col">{t("offers")}</th>
              </Fragment>
            ))}
            {matrix.categories.map((c) => (
              <th key={c.code} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.district.code}>
              <th scope="row">{row.district.name}</th>
              <td>
                {row.district.population !== null ? whole.format(row.district.population) : t("unknown")}
                {row.district.population !== null && row.district.populationYear ? (
                  <span className="muted"> ({t("populationYear", { year: String(row.district.populationYear) })})</span>
                ) : null}
              </td>
              {cells(row, row.district.population)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            <td>{matrix.totals.population !== null ? whole.format(matrix.totals.population) : t("unknown")}</td>
            {cells(matrix.totals, matrix.totals.population)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
