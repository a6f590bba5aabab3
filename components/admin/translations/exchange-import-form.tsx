"use client";
// Upload of an agency's file for one language: a dry run first, which reports per record what would
// change and why a record is refused, then "Import now" with the same file. The chosen file is kept
// here (React empties the input after the action), so a refused or checked file is never lost.
import { useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { importLimitText, MAX_IMPORT_BYTES } from "@/lib/hsds/import/limits";
import type { ExchangeFormState } from "@/lib/translations/exchange/answer";
import type { ExchangeReport } from "@/lib/translations/exchange/import";
import { UploadField } from "../form/upload-field";

type Props = { action: (state: ExchangeFormState, form: FormData) => Promise<ExchangeFormState> };

export function ExchangeImportForm({ action }: Props) {
  const t = useTranslations("admin.exchange");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const chosen = useRef<File | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const limit = importLimitText();
  const report = state.data?.report;

  const send = (intent: "check" | "apply") => {
    if (!chosen.current) return;
    const form = new FormData();
    form.set("file", chosen.current);
    form.set("intent", intent);
    if (intent === "apply" && state.data?.checkedHash) form.set("checkedHash", state.data.checkedHash);
    formAction(form);
  };
  const check = (event: React.FormEvent<HTMLFormElement>) => {
    const large = (chosen.current?.size ?? 0) > MAX_IMPORT_BYTES;
    setTooLarge(large);
    if (large) event.preventDefault();
  };
  const message = tooLarge ? "tooLarge" : state.status === "failed" ? state.message : undefined;
  return (
    <div className="stack">
      <form action={() => send("check")} onSubmit={check} className="stack">
        <UploadField
          id="exchange-file"
          label={t("import.file")}
          hint={t("import.fileHint", { limit })}
          accept=".xlf,.xliff,.xml,.csv,application/xliff+xml,text/csv"
          onChosen={(file) => {
            chosen.current = file;
            setFileName(file?.name ?? null);
            setTooLarge(false);
          }}
        >
          {fileName ? <p className="field__hint">{t("import.chosen", { file: fileName })}</p> : null}
        </UploadField>
        <div>
          <button className="button button--secondary" type="submit" disabled={pending} aria-busy={pending}>
            {t("import.check")}
          </button>
        </div>
      </form>
      {message ? (
        <p className="error-summary" role="alert">
          {t.has(`errors.${message}`) ? t(`errors.${message}`, { limit }) : t("errors.invalid")}
        </p>
      ) : null}
      {report && !tooLarge ? <Report report={report} /> : null}
      {state.data?.checkedHash && !tooLarge ? (
        <form action={() => send("apply")}>
          <button className="button" type="submit" disabled={pending} aria-busy={pending}>
            {t("import.apply")}
          </button>
        </form>
      ) : null}
    </div>
  );
}

function Report({ report }: { report: ExchangeReport }) {
  const t = useTranslations("admin.exchange");
  const { counts } = report;
  const reason = (key: string, params?: Record<string, string | number>) =>
    t.has(`reasons.${key}`)
      ? t(`reasons.${key}`, Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, String(v)])))
      : key;
  const changes = counts.create + counts.update;
  const summary = report.applied
    ? t("report.applied", { count: changes })
    : report.fileErrors.length
      ? t("report.fileErrors")
      : counts.reject
        ? t("report.rejected", { count: counts.reject })
        : changes === 0
          ? t("report.nothing")
          : t("report.ready", { count: changes });
  return (
    <section aria-labelledby="exchange-report" className="stack">
      <h3 id="exchange-report">
        {t(report.applied ? "report.appliedTitle" : "report.checkedTitle", { file: report.fileName })}
      </h3>
      <p role="status">{summary}</p>
      {report.fileErrors.length ? (
        <div className="error-summary" role="alert">
          <ul>
            {report.fileErrors.map((r, i) => (
              <li key={i}>{reason(r.key, r.params)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t("report.counts", { ...counts, skip: counts.skip })}</p>
      )}
      {report.rows.length ? (
        // Focusable, so that a keyboard can scroll the table on a narrow screen.
        <div className="table-scroll" role="region" tabIndex={0} aria-labelledby="exchange-report-caption">
          <table className="table">
            <caption className="visually-hidden" id="exchange-report-caption">
              {t("report.caption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(report.format === "csv" ? "report.line" : "report.unit")}</th>
                <th scope="col">{t("report.record")}</th>
                <th scope="col">{t("report.action")}</th>
                <th scope="col">{t("report.reasons")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={`${row.kind}.${row.id}.${row.ref}`}>
                  <th scope="row">
                    <code>{row.ref}</code>
                  </th>
                  <td>
                    {t.has(`kinds.${row.kind}`) ? t(`kinds.${row.kind}`) : row.kind}: {row.label ?? row.id}
                  </td>
                  <td>
                    <span
                      className={`status status--${row.action === "reject" ? "archived" : row.action === "create" || row.action === "update" ? "published" : "draft"}`}
                    >
                      {t(`report.actions.${row.action}`)}
                    </span>
                  </td>
                  <td>
                    <ul className="plain-list">
                      {row.fields.length ? <li>{t("report.fields", { fields: row.fields.join(", ") })}</li> : null}
                      {row.reasons.map((r, i) => (
                        <li key={i}>{reason(r.key, r.params)}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
