// A bulk job's outcome in sentences: how many records were changed, how many already were as asked,
// and per reason which were refused (the first names, and how many more).
import { getTranslations } from "next-intl/server";
import type { BulkJobView } from "@/lib/bulk/queue";
import { reasonKey, refusedCount } from "@/lib/bulk/summary";

export async function BulkReport({ job, locale }: { job: BulkJobView; locale: string }) {
  const t = await getTranslations({ locale, namespace: "admin.bulk" });
  const { report } = job;
  return (
    <section className="stack" aria-labelledby="bulk-outcome">
      <h2 id="bulk-outcome">{t("outcome")}</h2>
      <ul className="plain-list">
        <li>{t(`done.${job.action}`, { count: report.done })}</li>
        {report.unchanged > 0 ? <li>{t("unchanged", { count: report.unchanged })}</li> : null}
        <li>{t("refused", { count: refusedCount(report) })}</li>
      </ul>
      {report.refused.map((refusal) => (
        <section key={refusal.reason} className="card stack" aria-labelledby={`reason-${refusal.reason}`}>
          <h3 id={`reason-${refusal.reason}`}>
            {t(`reasons.${reasonKey(refusal.reason)}`)} ({refusal.count})
          </h3>
          <ul>
            {refusal.names.map((name, index) => (
              <li key={index}>{name}</li>
            ))}
          </ul>
          {refusal.count > refusal.names.length ? (
            <p>{t("more", { count: refusal.count - refusal.names.length })}</p>
          ) : null}
        </section>
      ))}
    </section>
  );
}
