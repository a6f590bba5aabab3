"use client";
// The two steps of an import: upload a file for a dry run, read the report, then import the same
// file. The browser keeps the checked file and sends it again with "Import now"; the server holds
// nothing in between and checks it all again before writing.
import { startTransition, useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportFormState, ShownReport } from "@/lib/hsds/import/answer";
import { importLimitText, MAX_IMPORT_BYTES } from "@/lib/hsds/import/limits";
import { REPORT_PAGE_SIZE, type ReportFilter } from "@/lib/hsds/import/report-page";

type Props = {
  action: (state: ImportFormState, form: FormData) => Promise<ImportFormState>;
};

export function ImportForm({ action }: Props) {
  const t = useTranslations("admin.data");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  // The chosen file, kept for "Import now": the input itself is emptied when the form is reset after
  // the dry run. Choosing another file in between fails the fingerprint check on the server.
  const chosen = useRef<File | null>(null);
  // A file over the limit is refused here, before it is sent: the server would refuse it anyway.
  const [tooLarge, setTooLarge] = useState(false);
  const limit = importLimitText();
  const check = (event: React.FormEvent<HTMLFormElement>) => {
    const large = (chosen.current?.size ?? 0) > MAX_IMPORT_BYTES;
    setTooLarge(large);
    if (large) event.preventDefault();
  };
  // Another page of the report, or only its rejected lines: a dry run of the same file again.
  const show = (page: number, filter: ReportFilter) => {
    if (!chosen.current) return;
    const form = new FormData();
    form.set("page", String(page));
    form.set("filter", filter);
    form.set("file", chosen.current);
    startTransition(() => formAction(form));
  };
  const apply = () => {
    const checkedHash = state.data?.checkedHash;
    if (!chosen.current || !checkedHash) return;
    const form = new FormData();
    form.set("intent", "apply");
    form.set("checkedHash", checkedHash);
    form.set("file", chosen.current);
    formAction(form);
  };
  return (
    <div className="stack">
      <form action={formAction} onSubmit={check} className="stack">
        <div className="field">
          <label htmlFor="import-file">{t("import.file")}</label>
          <p className="field__hint" id="import-file-hint">
            {t("import.fileHint", { limit })}
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            required
            aria-describedby="import-file-hint"
            onChange={(event) => {
              chosen.current = event.currentTarget.files?.[0] ?? null;
              setTooLarge(false);
            }}
          />
        </div>
        <div>
          <button className="button button--secondary" type="submit" disabled={pending} aria-busy={pending}>
            {pending ? t("import.checking") : t("import.check")}
          </button>
        </div>
      </form>
      {tooLarge || state.message ? (
        <p className="error-summary" role="alert">
          {tooLarge
            ? t("errors.tooLarge", { limit })
            : t.has(`errors.${state.message}`)
              ? t(`errors.${state.message}`, { limit })
              : t("errors.invalid")}
        </p>
      ) : null}
      {state.data?.report && !tooLarge ? (
        <Report report={state.data.report} onPage={state.data.step === "applied" ? undefined : show} pending={pending} />
      ) : null}
      {state.data?.step === "checked" && state.data.checkedHash ? (
        <form action={apply}>
          <button className="button" type="submit" disabled={pending} aria-busy={pending}>
            {pending ? t("import.applying") : t("import.apply")}
          </button>
        </form>
      ) : null}
    </div>
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
