"use client";
// Labelled inputs for back-office forms. Each takes its value from the form (so a refused save shows
// what was typed) and announces its problem next to it, linked with aria-describedby.
import { useTranslations } from "next-intl";
import { useField } from "./form-context";

type Base = { name: string; label: string; hint?: string; required?: boolean };

function Message({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  const t = useTranslations("admin.form.errors");
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {t.has(error) ? t(error) : t("invalid")}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, error?: string, hint?: string) =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

type TextProps = Base & {
  type?: "text" | "email" | "url" | "tel" | "number" | "date" | "time" | "password";
  autoComplete?: string;
  lang?: string;
  dir?: "ltr" | "rtl";
  step?: string;
  inputMode?: "decimal" | "numeric";
};

export function TextField({ name, label, hint, required, type = "text", autoComplete, lang, dir, step, inputMode }: TextProps) {
  const { id, value, error, generation } = useField(name, label);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        key={generation}
        id={id}
        name={name}
        type={type}
        className="input"
        defaultValue={text(value)}
        required={required}
        autoComplete={autoComplete ?? "off"}
        lang={lang}
        dir={dir}
        step={step}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({ name, label, hint, required, rows = 4, lang, dir }: Base & { rows?: number; lang?: string; dir?: "ltr" | "rtl" }) {
  const { id, value, error, generation } = useField(name, label);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <textarea
        key={generation}
        id={id}
        name={name}
        className="input"
        rows={rows}
        defaultValue={text(value)}
        required={required}
        lang={lang}
        dir={dir}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({ name, label, hint, required, options, empty }: Base & { options: Option[]; empty?: string }) {
  const { id, value, error, generation } = useField(name, label);
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <select
        key={generation}
        id={id}
        name={name}
        className="input"
        defaultValue={text(value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

export function Checkbox({ name, label, hint }: Base) {
  const { id, value, error, generation } = useField(name, label);
  return (
    <div className="field field--checkbox">
      <input
        key={generation}
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={text(value) === "true" || text(value) === "on"}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <label htmlFor={id}>{label}</label>
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

/** Several choices of one kind (categories, languages): a fieldset of checkboxes. */
export function CheckboxGroup({ name, label, hint, options, columns, id: ownId }: Base & { options: Option[]; columns?: boolean; id?: string }) {
  const field = useField(name, label);
  const { value, error, generation } = field;
  // Two groups may feed one list (categories and audiences are both terms).
  const id = ownId ?? field.id;
  const chosen = new Set([value ?? []].flat());
  return (
    <fieldset className="field choice-group" aria-describedby={describedBy(id, error, hint)} id={id}>
      <legend>{label}</legend>
      <div className={columns ? "choice-group__options choice-group__options--columns" : "choice-group__options"}>
        {options.map((o) => (
          <label key={`${generation}-${o.value}`} className="choice">
            <input type="checkbox" name={name} value={o.value} defaultChecked={chosen.has(o.value)} /> {o.label}
          </label>
        ))}
      </div>
      <Message id={id} error={error} hint={hint} />
    </fieldset>
  );
}
