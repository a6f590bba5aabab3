"use client";
// The two steps of an import: upload a file for a dry run, read the report, then import the same
// file. Each step queues a job on the server and returns at once; the form follows the job by
// polling its address every second and shows its phase and a progress bar, then its report. The
// browser keeps the checked file and sends it again with "Import now"; the server checks it all
// again before writing.
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportFormState, ShownReport } from "@/lib/hsds/import/answer";
import { isActive, type ImportJobView } from "@/lib/hsds/import/job/view";
import { importLimitText, MAX_IMPORT_BYTES } from "@/lib/hsds/import/limits";
import { REPORT_PAGE_SIZE, type ReportFilter } from "@/lib/hsds/import/report-page";
import { UploadField } from "../form/upload-field";
import { ImportTwins } from "./import-twins";

type Props = {
  action: (state: ImportFormState, form: FormData) => Promise<ImportFormState>;
  /** the user's newest job, running or finished, shown when they come back to the page */
  initialJob: ImportJobView | null;
};

const POLL_MS = 1_000;

async function fetchJob(id: string, query = ""): Promise<ImportJobView | null> {
  try {
    const response = await fetch(`/admin/data/jobs/${encodeURIComponent(id)}${query}`, { cache: "no-store" });
    return response.ok ? ((await response.json()) as ImportJobView) : null;
  } catch {
    return null;
  }
}

export function ImportForm({ action, initialJob }: Props) {
  const t = useTranslations("admin.data");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  // The job as last polled; a job the action has just queued takes its place until it is polled.
  const [polled, setPolled] = useState<ImportJobView | null>(initialJob);
  const queued = state.data?.job;
  const job = queued && polled?.id !== queued.id ? queued : polled;
  const [paging, setPaging] = useState(false);
  // The chosen file, kept for "Import now": the input itself is emptied when the form is reset after
  // the dry run. Choosing another file in between fails the fingerprint check on the server.
  const chosen = useRef<File | null>(null);
  const [hasFile, setHasFile] = useState(false);
  // A file over the limit is refused here, before it is sent: the server would refuse it anyway.
  const [tooLarge, setTooLarge] = useState(false);
  const limit = importLimitText();

  useEffect(() => {
    if (!job || !isActive(job)) return;
    const timer = setTimeout(async () => setPolled((await fetchJob(job.id)) ?? { ...job }), POLL_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const check = (event: React.FormEvent<HTMLFormElement>) => {
    const large = (chosen.current?.size ?? 0) > MAX_IMPORT_BYTES;
    setTooLarge(large);
    if (large) event.preventDefault();
  };
  // Another page of the finished job's report, or only its rejected lines.
  const show = async (page: number, filter: ReportFilter) => {
    if (!job) return;
    setPaging(true);
    const next = await fetchJob(job.id, `?page=${page}&filter=${filter}`);
    if (next) setPolled(next);
    setPaging(false);
  };
  const apply = () => {
    const checkedHash = job?.checkedHash;
    if (!chosen.current || !checkedHash) return;
    const form = new FormData();
    form.set("intent", "apply");
    form.set("checkedHash", checkedHash);
    form.set("file", chosen.current);
    formAction(form);
  };
  const busy = pending || (!!job && isActive(job));
  const message = state.status === "failed" ? state.message : job?.message;
  return (
    <div className="stack">
      <form action={formAction} onSubmit={check} className="stack">
        <UploadField
          id="import-file"
          name="file"
          label={t("import.file")}
          hint={t("import.fileHint", { limit })}
          accept=".csv,.json,text/csv,application/json"
          onChosen={(file) => {
            chosen.current = file;
            setHasFile(!!file);
            setTooLarge(false);
          }}
        />
        <div>
          <button className="button button--secondary" type="submit" disabled={busy} aria-busy={busy}>
            {busy && job?.dryRun !== false ? t("import.checking") : t("import.check")}
          </button>
        </div>
      </form>
      {tooLarge || message ? (
        <p className="error-summary" role="alert">
          {tooLarge
            ? t("errors.tooLarge", { limit })
            : t.has(`errors.${message}`)
              ? t(`errors.${message}`, { limit })
              : t("errors.invalid")}
        </p>
      ) : null}
      {job && !tooLarge && state.status !== "failed" ? <JobProgress job={job} /> : null}
      {job?.report && !tooLarge && state.status !== "failed" ? (
        <Report report={job.report} onPage={job.dryRun ? show : undefined} pending={paging} />
      ) : null}
      {job?.status === "succeeded" && job.dryRun && job.checkedHash && state.status !== "failed" ? (
        hasFile ? (
          <form action={apply}>
            <button className="button" type="submit" disabled={busy} aria-busy={busy}>
              {busy ? t("import.applying") : t("import.apply")}
            </button>
          </form>
        ) : (
          <p className="field__hint">{t("import.reselect")}</p>
        )
      ) : null}
    </div>
  );
}

/** Where a job stands: a progress bar and its phase while it runs, what went wrong if it failed. */
function JobProgress({ job }: { job: ImportJobView }) {
  const t = useTranslations("admin.data");
  const file = job.fileName;
  const dryRun = String(job.dryRun);
  if (job.status === "failed") {
    const [key = "unexpected", detail] = (job.error ?? "unexpected").split(/: (.*)/s);
    return (
      <div className="error-summary" role="alert">
        <p>{t("job.failed", { dryRun, file })}</p>
        <p>{t.has(`jobErrors.${key}`) ? t(`jobErrors.${key}`) : t("jobErrors.unexpected")}</p>
        {detail ? <p className="muted">{t("jobErrors.detail", { detail })}</p> : null}
      </div>
    );
  }
  if (!isActive(job)) return null;
  const phase = job.status === "queued" || !job.phase ? null : job.phase;
  const counted = phase && phase !== "reading" && t.has(`job.counts.${phase}`) && job.total > 0;
  return (
    <section aria-labelledby="import-job" className="stack import-job">
      <h3 id="import-job">{t("job.title", { dryRun, file })}</h3>
      <label htmlFor="import-progress">{t("job.progressLabel", { file })}</label>
      {/* Without a value the bar shows that work goes on without saying how far it is. */}
      <progress
        id="import-progress"
        className="import-job__bar"
        max={counted ? job.total : undefined}
        value={counted ? Math.min(job.done, job.total) : undefined}
      />
      {/* Only the phase is announced: the counts change every second and are read from the bar. */}
      <p aria-live="polite" aria-atomic="true">
        {phase ? t(`job.phases.${phase}`) : t("job.queued")}
      </p>
      {counted ? <p className="muted">{t(`job.counts.${phase}`, { done: job.done, total: job.total })}</p> : null}
      <p className="field__hint">{t("job.runsOn")}</p>
    </section>
  );
}

type ReportProps = {
  report: ShownReport;
  /** asks for another page or filter; absent once the file is imported */
  onPage?: (page: number, filter: ReportFilter) => void;
  pending: boolean;
};

function Report({ report, onPage, pending }: ReportProps) {
  const t = useTranslations("admin.data");
  const { counts } = report;
  // Numbers in reasons are line numbers and lengths: shown as they are, without thousands separators.
  const words = (key: string, params?: Record<string, string | number>) =>
    t.has(`reasons.${key}`)
      ? t(`reasons.${key}`, Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)])))
      : key;
  const changes =
    counts.organisations.create +
    counts.organisations.update +
    counts.locations.create +
    counts.locations.update +
    counts.offers.create +
    counts.offers.update;
  const csv = report.format === "csv";
  return (
    <section aria-labelledby="import-report" className="stack">
      <h3 id="import-report">
        {t(report.applied ? "report.appliedTitle" : "report.checkedTitle", { file: report.fileName })}
      </h3>
      <p className="muted">{t("report.format", { format: report.format })}</p>
      <p role="status">
        {report.applied
          ? t("report.applied")
          : report.fileErrors.length > 0
            ? t("report.fileErrors")
            : counts.reject > 0
              ? t("report.rejected", { count: counts.reject })
              : changes === 0
                ? t("report.nothing")
                : t("report.ready")}
      </p>
      <p>
        {t("report.counts", {
          create: counts.create,
          update: counts.update,
          unchanged: counts.unchanged,
          reject: counts.reject,
        })}
      </p>
      <p>
        {t("report.entities", {
          organisationsCreate: counts.organisations.create,
          organisationsUpdate: counts.organisations.update,
          locationsCreate: counts.locations.create,
          locationsUpdate: counts.locations.update,
          offersCreate: counts.offers.create,
          offersUpdate: counts.offers.update,
        })}
      </p>
      {report.fileErrors.length ? (
        <div className="error-summary" role="alert">
          <ul>
            {report.fileErrors.map((reason, index) => (
              <li key={index}>{words(reason.key, reason.params)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ImportTwins twins={report.twins ?? []} unchecked={report.twinsUnchecked ?? 0} />
      {onPage && (counts.reject > 0 || report.pageCount > 1) ? (
        // Uncontrolled, so that the choice shows at once while the page is fetched.
        <fieldset className="report-filter" disabled={pending} key={report.filter}>
          <legend>{t("report.show")}</legend>
          {(["reject", "all"] as const).map((filter) => (
            <label key={filter}>
              <input
                type="radio"
                name="report-filter"
                defaultChecked={report.filter === filter}
                onChange={() => onPage(1, filter)}
              />{" "}
              {t(`report.filters.${filter}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {report.rows.length ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t("report.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{csv ? t("report.line") : t("report.place")}</th>
                {csv ? null : <th scope="col">{t("report.kind")}</th>}
                <th scope="col">{t("report.externalId")}</th>
                <th scope="col">{t("report.action")}</th>
                <th scope="col">{t("report.reasons")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row, index) => (
                <tr key={index}>
                  <th scope="row">{row.line ?? row.path}</th>
                  {csv ? null : <td>{t(`report.kinds.${row.kind}`)}</td>}
                  <td>{row.externalId || "–"}</td>
                  <td>
                    <span
                      className={`status status--${row.action === "reject" ? "archived" : row.action === "unchanged" ? "draft" : "published"}`}
                    >
                      {t(`report.actions.${row.action}`)}
                    </span>
                  </td>
                  <td>
                    {row.reasons.length ? (
                      <ul className="plain-list">
                        {row.reasons.map((reason, i) => (
                          <li key={i}>{words(reason.key, reason.params)}</li>
                        ))}
                      </ul>
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.pageCount > 1 ? (
        <nav aria-label={t("report.pages")} className="pagination">
          {onPage ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={pending || report.page <= 1}
              onClick={() => onPage(report.page - 1, report.filter)}
            >
              {t("report.previous")}
            </button>
          ) : null}
          <span aria-live="polite">
            {t("report.page", {
              page: report.page,
              pages: report.pageCount,
              from: (report.page - 1) * REPORT_PAGE_SIZE + 1,
              to: (report.page - 1) * REPORT_PAGE_SIZE + report.rows.length,
              count: report.matching,
            })}
          </span>
          {onPage ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={pending || report.page >= report.pageCount}
              onClick={() => onPage(report.page + 1, report.filter)}
            >
              {t("report.next")}
            </button>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
