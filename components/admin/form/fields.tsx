"use client";
// Labelled inputs for back-office forms. Each takes its value from the form (so a refused save shows
// what was typed) and announces its problem next to it, linked with aria-describedby.
import type { ReactNode } from "react";
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

const problemAttributes = (id: string, error?: string, hint?: string) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(id, error, hint),
});

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

/** What an input, text area or select takes from the form, and what its labelled frame shows. */
function useControl({ name, label, hint, required }: Base) {
  const { id, value, error, generation } = useField(name, label);
  const control = {
    id,
    name,
    className: "input",
    defaultValue: text(value),
    required,
    ...problemAttributes(id, error, hint),
  };
  return { field: { id, label, hint, required, error }, control, generation };
}

type FieldProps = { id: string; label: string; hint?: string; required?: boolean; error?: string; children: ReactNode };

function Field({ id, label, hint, required, error, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children}
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

type TextProps = Base & {
  type?: "text" | "email" | "url" | "tel" | "number" | "date" | "time" | "password";
  autoComplete?: string;
  lang?: string;
  dir?: "ltr" | "rtl";
  step?: string;
  inputMode?: "decimal" | "numeric";
};

export function TextField({ type = "text", autoComplete, lang, dir, step, inputMode, ...base }: TextProps) {
  const { field, control, generation } = useControl(base);
  return (
    <Field {...field}>
      <input
        key={generation}
        {...control}
        type={type}
        autoComplete={autoComplete ?? "off"}
        lang={lang}
        dir={dir}
        step={step}
        inputMode={inputMode}
      />
    </Field>
  );
}

type TextAreaProps = Base & { rows?: number; lang?: string; dir?: "ltr" | "rtl" };

export function TextArea({ rows = 4, lang, dir, ...base }: TextAreaProps) {
  const { field, control, generation } = useControl(base);
  return (
    <Field {...field}>
      <textarea key={generation} {...control} rows={rows} lang={lang} dir={dir} />
    </Field>
  );
}

export type Option = { value: string; label: string };

export function SelectField({ options, empty, ...base }: Base & { options: Option[]; empty?: string }) {
  const { field, control, generation } = useControl(base);
  return (
    <Field {...field}>
      <select key={generation} {...control}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
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
        {...problemAttributes(id, error, hint)}
      />
      <label htmlFor={id}>{label}</label>
      <Message id={id} error={error} hint={hint} />
    </div>
  );
}

/** Several choices of one kind (categories, languages): a fieldset of checkboxes. */
export function CheckboxGroup({
  name,
  label,
  hint,
  options,
  columns,
  id: ownId,
}: Base & { options: Option[]; columns?: boolean; id?: string }) {
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
