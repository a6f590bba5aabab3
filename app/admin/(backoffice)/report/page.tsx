import "@/components/admin/coverage/coverage.css";
import "@/components/admin/report/report.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PeriodForm } from "@/components/admin/report/period-form";
import { ReportMap } from "@/components/admin/report/report-map";
import { ReportNetwork } from "@/components/admin/report/report-network";
import { ReportTable } from "@/components/admin/report/report-table";
import { requireUser } from "@/lib/auth/session";
import { adminLocale } from "@/lib/i18n/admin-locale";
import { loadReport } from "@/lib/report/load";
import { reportPeriodQuery } from "@/lib/report/period";
import { dayFormat, relationTypeName } from "@/lib/report/tables";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.report" });
  return { title: t("title") };
}

const LIST_LIMIT = 25;

export default async function ReportPage({ searchParams }: Props) {
  const params = await searchParams;
  await requireUser("report.read", "/admin/report");
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: "admin.report" });
  const { report, tables, map, network } = await loadReport(params, locale);
  const day = dayFormat(locale);
  const { current, previous } = report.period;
  const query = reportPeriodQuery(report.period);
  const changes = report.current.changes;
  const item = (c: (typeof changes.started)[number]) =>
    t("relationships.item", { from: c.from, to: c.to, type: relationTypeName(c.type, locale), date: day.format(c.on) });
  const changeList = (list: typeof changes.started) =>
    list.length ? (
      <>
        <ul>
          {list.slice(0, LIST_LIMIT).map((c, i) => (
            <li key={i}>{item(c)}</li>
          ))}
        </ul>
        {list.length > LIST_LIMIT ? <p>{t("relationships.more", { count: list.length - LIST_LIMIT })}</p> : null}
      </>
    ) : (
      <p>{t("relationships.none")}</p>
    );

  return (
    <div className="stack report">
      <div className="page-head">
        <h1>{t("heading")}</h1>
      </div>
      <p>{t("committee")}</p>
      <p>
        <strong>
          {t("periodLine", {
            from: day.format(current.from),
            to: day.format(current.to),
            previousFrom: day.format(previous.from),
            previousTo: day.format(previous.to),
          })}
        </strong>
      </p>
      <PeriodForm
        period={report.period}
        labels={{
          legend: t("choose.legend"),
          quarter: t("choose.quarter"),
          year: t("choose.year"),
          custom: t("choose.custom"),
          from: t("choose.from"),
          to: t("choose.to"),
          submit: t("choose.submit"),
          standIn: t("choose.standIn"),
          problems: {
            from: t("choose.problems.from"),
            to: t("choose.problems.to"),
            order: t("choose.problems.order"),
            tooLong: t("choose.problems.tooLong"),
          },
        }}
      />
      <nav className="report-downloads meta-row" aria-label={t("downloads.label")}>
        <a className="button button--secondary" href={`/admin/report/download?format=pdf&${query}`} download>
          {t("downloads.pdf")}
        </a>
        <a className="button button--secondary" href={`/admin/report/download?format=csv&${query}`} download>
          {t("downloads.csv")}
        </a>
      </nav>
      <p>{t("lead")}</p>

      {tables.map((table) => (
        <ReportTable key={table.id} table={table} locale={locale} />
      ))}

      <section className="report-section" aria-labelledby="report-changes">
        <h2 id="report-changes">{t("relationships.startedList")}</h2>
        {changeList(changes.started)}
        <h3>{t("relationships.endedList")}</h3>
        {changeList(changes.ended)}
      </section>

      <section className="report-section" aria-labelledby="report-gaps">
        <h2 id="report-gaps">{t("gaps.title")}</h2>
        {report.gapSentences.length ? (
          <>
            <p>{t("gaps.lead")}</p>
            <ul>
              {report.gapSentences.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("gaps.none")}</p>
        )}
      </section>

      <section className="report-section" aria-labelledby="report-map">
        <h2 id="report-map">{t("map.title")}</h2>
        <ReportMap map={map} label={t("map.label")} legendTitle={t("map.legend")} />
      </section>

      <section className="report-section" aria-labelledby="report-network">
        <h2 id="report-network">{t("network.title")}</h2>
        <ReportNetwork picture={network} label={t("network.label")} note={t("network.note")} />
      </section>
      <p className="muted">{t("generated", { date: day.format(report.generatedAt) })}</p>
    </div>
  );
}
