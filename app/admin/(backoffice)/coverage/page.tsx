import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CoverageLegend } from "@/components/admin/coverage/coverage-legend";
import { CoverageMapLoader } from "@/components/admin/coverage/coverage-map-loader";
import { CoverageTable } from "@/components/admin/coverage/coverage-table";
import { HeatMatrix } from "@/components/admin/coverage/heat-matrix";
import { MeasureForm } from "@/components/admin/coverage/measure-form";
import { can } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import {
  categoryGapSentences,
  coverageMatrix,
  gaps,
  gapSentences,
  measureValues,
  parseMeasure,
  parseRateMode,
  rateFormat,
  type CoverageMatrix,
  type MeasureKey,
} from "@/lib/coverage/coverage";
import { classOf, colourClasses, type ColourClass } from "@/lib/coverage/classes";
import { partnerCounts } from "@/lib/coverage/partners";
import { env } from "@/lib/env";
import { districtShortName } from "@/lib/geo/districts";
import { adminLocale } from "@/lib/i18n/admin-locale";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.coverage" });
  return { title: t("title") };
}

type Translate = (key: string, values?: Record<string, string>) => string;

function measureLabel(measure: MeasureKey, matrix: CoverageMatrix, t: Translate): string {
  const [kind, key] = measure.split(":");
  if (kind === "category")
    return t("choose.categoryOffers", { category: matrix.categories.find((c) => c.code === key)?.name ?? "" });
  const programme = matrix.programmes.find((p) => p.slug === key)?.name;
  if (kind === "sites") return programme ? t("choose.programmeSites", { programme }) : t("choose.allSites");
  return programme ? t("choose.programmeOffers", { programme }) : t("choose.allOffers");
}

export default async function CoveragePage({ searchParams }: Props) {
  const user = await requireUser("network.read", "/admin/coverage");
  const params = await searchParams;
  const one = (key: string) => [params[key]].flat()[0];
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.coverage" });
  const [matrix, partners] = await Promise.all([coverageMatrix({ locale }), partnerCounts(new Date())]);
  const measure = parseMeasure(one("measure"), matrix);
  const mode = parseRateMode(one("mode"));

  const values = measureValues(matrix, measure, mode);
  const classes = colourClasses(
    values.map((v) => v.value),
    mode === "absolute",
  );
  const whole = new Intl.NumberFormat(locale);
  const rate = rateFormat(locale);
  const format = (n: number) => (mode === "absolute" ? whole.format(n) : rate.format(n));
  const legendLabel = (c: ColourClass) =>
    c.kind === "zero"
      ? t("legend.zero")
      : c.kind === "missing"
        ? t("legend.missing")
        : mode === "absolute" && c.from === c.to
          ? format(c.from)
          : t(mode === "absolute" ? "legend.range" : "legend.above", { from: format(c.from), to: format(c.to) });
  const label = measureLabel(measure, matrix, t as Translate);
  const areas = values.map((v) => ({
    code: v.district.code,
    colour: classOf(v.value, classes).colour,
    label: t("map.tooltip", {
      district: v.district.name,
      value: v.value === null ? t("legend.missing") : format(v.value),
    }),
  }));
  const missing = mode === "per1000" ? values.filter((v) => v.value === null).length : 0;
  const sentences = [...gapSentences(gaps(matrix), locale), ...categoryGapSentences(matrix, locale)];
  const columns = matrix.districts.map((d) => ({ name: d.name, short: districtShortName(d.code, d.name) }));
  const total = { name: t("table.total"), short: t("glance.totalShort") };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Berlin" }).format(matrix.asOf);

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t("title")}</h1>
        <div className="meta-row">
          {can(user, "report.read") ? (
            <Link prefetch={false} className="button button--secondary" href="/admin/report">
              {t("toReport")}
            </Link>
          ) : null}
          {can(user, "district.update") ? (
            <Link prefetch={false} className="button button--secondary" href="/admin/coverage/districts">
              {t("editFigures")}
            </Link>
          ) : null}
        </div>
      </div>
      <section className="stack" aria-labelledby="coverage-glance">
        <h2 id="coverage-glance" className="visually-hidden">
          {t("glance.title")}
        </h2>
        <div className="coverage-matrices">
          <HeatMatrix
            id="coverage-programmes"
            caption={t("glance.programmes", { date })}
            rowHeader={t("glance.programme")}
            columns={columns}
            total={total}
            gapLabel={t("glance.gap")}
            locale={locale}
            rows={matrix.programmes.map((p) => ({
              key: p.slug,
              label: p.name,
              cells: matrix.rows.map((row) => row.programmeSites[p.slug] ?? 0),
              total: matrix.totals.programmeSites[p.slug] ?? 0,
            }))}
          />
          <HeatMatrix
            id="coverage-categories"
            caption={t("glance.categories", { date })}
            rowHeader={t("glance.category")}
            columns={columns}
            total={total}
            gapLabel={t("glance.gap")}
            locale={locale}
            rows={[
              ...matrix.categories.map((c) => ({
                key: c.code,
                label: c.name,
                cells: matrix.rows.map((row) => row.categoryOffers[c.code] ?? 0),
                total: matrix.totals.categoryOffers[c.code] ?? 0,
              })),
              {
                key: "all",
                label: t("glance.allOffers"),
                cells: matrix.rows.map((row) => row.offers),
                total: matrix.totals.offers,
              },
            ]}
          />
        </div>
        <p className="muted">
          {t("glance.partners", { count: partners.all.total ?? 0 })} {t("glance.note")}
        </p>
        <p>{t("lead")}</p>
      </section>

      <section className="stack" aria-labelledby="coverage-map">
        <h2 id="coverage-map">{t("map.title")}</h2>
        <MeasureForm locale={locale} matrix={matrix} measure={measure} mode={mode} />
        {missing ? (
          <p className="notice">
            {t("noPopulation", { count: missing })}{" "}
            {can(user, "district.update") ? (
              <Link prefetch={false} href="/admin/coverage/districts">
                {t("editFigures")}
              </Link>
            ) : null}
          </p>
        ) : null}
        <p className="muted">{t("map.hint")}</p>
        <CoverageMapLoader
          districtsUrl="/geo/stadtbezirke.geojson"
          tileUrl={env().MAP_TILE_URL}
          attribution={env().MAP_TILE_ATTRIBUTION}
          areas={areas}
          labels={{
            region: t("map.region", { measure: label }),
            loading: t("map.loading"),
            tilesFailed: t("map.tilesFailed"),
            outlinesFailed: t("map.outlinesFailed"),
          }}
        />
        <CoverageLegend
          title={t("legend.title", { measure: mode === "per1000" ? `${label} (${t("choose.per1000")})` : label })}
          items={classes.map((c) => ({ colour: c.colour, label: legendLabel(c) }))}
        />
      </section>

      <section className="stack" aria-labelledby="coverage-gaps">
        <h2 id="coverage-gaps">{t("gaps.title")}</h2>
        <p>{t("gaps.lead")}</p>
        {sentences.length ? (
          <ul>
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        ) : (
          <p role="status">{t("gaps.none")}</p>
        )}
      </section>

      <details className="stack coverage-details">
        <summary>
          <h2 id="coverage-table">{t("table.title")}</h2>
        </summary>
        <p className="muted">{t("definitions")}</p>
        <CoverageTable locale={locale} matrix={matrix} id="coverage-matrix" />
        <p className="muted">{t("table.totalNote")}</p>
      </details>
    </div>
  );
}
