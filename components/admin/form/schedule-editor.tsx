"use client";
// Weekly times of an offer or a programme group: one row per weekday and time (and, for a course
// with a term, its first and last day), added and removed here, submitted as schedules.N.* fields. Without JavaScript the given rows (or one empty row) still submit.
// The fields are uncontrolled, each starting from its row: React resets a form after its action and
// puts even controlled selects back to their first option, but uncontrolled ones to their default.
import { useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { fieldId, useFormValues } from "./form-context";

type Row = {
  key: number;
  /** its place among the rows a refused save sent (their problems are named by it); none when added since */
  sent?: number;
  weekday: string;
  opensAt: string;
  closesAt: string;
  interval: string;
  validFrom: string;
  validUntil: string;
  note: string;
};
const fields = ["weekday", "opensAt", "closesAt", "interval", "validFrom", "validUntil", "note"] as const;

function rowsFrom(values: Record<string, string | string[]>, prefix: string): Row[] {
  const indexes = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = name.match(new RegExp(`^${prefix}\\.(\\d+)\\.`));
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((i) => {
      const get = (f: string) => String([values[`${prefix}.${i}.${f}`] ?? ""].flat()[0] ?? "");
      return {
        key: i,
        weekday: get("weekday"),
        opensAt: get("opensAt"),
        closesAt: get("closesAt"),
        interval: get("interval") || "1",
        validFrom: get("validFrom"),
        validUntil: get("validUntil"),
        note: get("note"),
      };
    })
    .filter((row) => row.weekday || row.opensAt || row.closesAt || row.validFrom || row.validUntil || row.note)
    .map((row, sent) => ({ ...row, sent }));
}

const empty = (key: number): Row => ({ key, weekday: "", opensAt: "", closesAt: "", interval: "1", validFrom: "", validUntil: "", note: "" });

export function ScheduleEditor({ prefix = "schedules", legend }: { prefix?: string; legend: string }) {
  const t = useTranslations("admin.form.schedule");
  const tErrors = useTranslations("admin.form.errors");
  const locale = useLocale();
  const { values, errors, labels, generation } = useFormValues();
  const [state, setState] = useState(() => ({ generation, rows: rowsFrom(values, prefix) }));
  // A refused save brings back what was submitted: start again from it.
  const kept = state.generation === generation ? state.rows : rowsFrom(values, prefix);
  const rows = kept.length ? kept : [empty(0)];
  const setRows = (next: Row[]) => setState({ generation, rows: next });
  const nextKey = () => Math.max(0, ...rows.map((r) => r.key)) + 1;
  const dayName = (day: number) => new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, day)));

  const own = useRef<HTMLFieldSetElement>(null);
  const remove = (key: number) => {
    setRows(rows.filter((r) => r.key !== key));
    // Removing a time changes the form as much as typing does.
    own.current?.dispatchEvent(new Event("input", { bubbles: true }));
  };

  return (
    <fieldset ref={own} className="schedule-editor">
      <legend>{legend}</legend>
      <p className="field__hint">{t("hint")}</p>
      {rows.map((row, index) => {
        const name = (f: (typeof fields)[number]) => `${prefix}.${index}.${f}`;
        // A refused save's problems belong to the rows as they were sent, not to whichever row is at
        // that place after one was removed; a row added since has none.
        const errorOf = (f: (typeof fields)[number]) =>
          row.sent === undefined ? undefined : errors[`${prefix}.${row.sent}.${f}`]?.[0];
        const messageId = (f: (typeof fields)[number]) => `${fieldId(name(f))}-error`;
        // A field with a problem says so, and is described by its own message.
        const problem = (f: (typeof fields)[number]) =>
          errorOf(f) ? { "aria-invalid": true, "aria-describedby": messageId(f) } : {};
        // Named for the list of problems and the conflict table, as every other field names itself.
        for (const f of fields) labels.set(name(f), `${t("row", { n: index + 1 })}: ${t(f)}`);
        return (
          <div key={`${generation}-${row.key}`} className="schedule-row" role="group" aria-label={t("row", { n: index + 1 })}>
            <div className="field">
              <label htmlFor={fieldId(name("weekday"))}>{t("weekday")}</label>
              <select id={fieldId(name("weekday"))} name={name("weekday")} className="input" defaultValue={row.weekday} {...problem("weekday")}>
                <option value="">–</option>
                {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                  <option key={d} value={d}>
                    {dayName(d)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={fieldId(name("opensAt"))}>{t("opensAt")}</label>
              <input id={fieldId(name("opensAt"))} name={name("opensAt")} type="time" className="input" defaultValue={row.opensAt} {...problem("opensAt")} />
            </div>
            <div className="field">
              <label htmlFor={fieldId(name("closesAt"))}>{t("closesAt")}</label>
              <input id={fieldId(name("closesAt"))} name={name("closesAt")} type="time" className="input" defaultValue={row.closesAt} {...problem("closesAt")} />
            </div>
            <div className="field">
              <label htmlFor={fieldId(name("interval"))}>{t("interval")}</label>
              <select id={fieldId(name("interval"))} name={name("interval")} className="input" defaultValue={row.interval} {...problem("interval")}>
                <option value="1">{t("weekly")}</option>
                <option value="2">{t("fortnightly")}</option>
                <option value="4">{t("everyFourWeeks")}</option>
              </select>
            </div>
            {(["validFrom", "validUntil"] as const).map((f) => (
              <div className="field" key={f}>
                <label htmlFor={fieldId(name(f))}>{t(f)}</label>
                <input id={fieldId(name(f))} name={name(f)} type="date" className="input" defaultValue={row[f]} {...problem(f)} />
              </div>
            ))}
            <div className="field schedule-row__note">
              <label htmlFor={fieldId(name("note"))}>{t("note")}</label>
              <input id={fieldId(name("note"))} name={name("note")} className="input" defaultValue={row.note} {...problem("note")} />
            </div>
            <button type="button" className="link-button" onClick={() => remove(row.key)} aria-label={t("removeRow", { n: index + 1 })}>
              {t("remove")}
            </button>
            {fields.map((f) => {
              const error = errorOf(f);
              return error ? (
                <p key={f} id={messageId(f)} className="field__error schedule-row__error">
                  {t(f)}: {tErrors.has(error) ? tErrors(error) : tErrors("invalid")}
                </p>
              ) : null;
            })}
          </div>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => setRows([...rows, empty(nextKey())])}>
        {t("add")}
      </button>
    </fieldset>
  );
}
