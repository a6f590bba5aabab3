"use client";
// Texts per locale, side by side: German (the fallback every reader gets) on the left, one other
// locale on the right, chosen with tabs that mark which locales already have a text. All locales'
// inputs stay in the form, so switching never loses what was typed.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { TextArea, TextField } from "./fields";
import { useFormValues } from "./form-context";

export type TranslatedField = { key: string; label: string; multiline?: boolean; rows?: number; requiredInGerman?: boolean };
export type LocaleOption = { code: string; name: string; dir: "ltr" | "rtl" };

type Props = { prefix?: string; locales: LocaleOption[]; fields: TranslatedField[]; legend: string };

export function TranslationFields({ prefix = "translations", locales, fields, legend }: Props) {
  const t = useTranslations("admin.form");
  const { values, errors } = useFormValues();
  const german = locales.find((l) => l.code === "de")!;
  const others = locales.filter((l) => l.code !== "de");
  const filled = (code: string) => fields.some((f) => [values[`${prefix}.${code}.${f.key}`] ?? ""].flat().join("").trim());
  const withError = others.find((l) => Object.keys(errors).some((name) => name.startsWith(`${prefix}.${l.code}.`)));
  const [chosen, setChosen] = useState<string>();
  const active = chosen ?? withError?.code ?? others.find((l) => filled(l.code))?.code ?? others[0]!.code;

  const column = (locale: LocaleOption, hidden: boolean) => (
    <div
      key={locale.code}
      className="translation-column"
      hidden={hidden}
      lang={locale.code}
      dir={locale.dir}
      id={`panel-${prefix}-${locale.code}`}
      {...(locale.code === "de" ? {} : { role: "tabpanel", "aria-labelledby": `tab-${prefix}-${locale.code}` })}
    >
      <h3 className="translation-column__title">{locale.name}</h3>
      {fields.map((f) => {
        const name = `${prefix}.${locale.code}.${f.key}`;
        const label = `${f.label} (${locale.name})`;
        const required = locale.code === "de" && f.requiredInGerman;
        return f.multiline ? (
          <TextArea key={name} name={name} label={label} rows={f.rows ?? 4} lang={locale.code} dir={locale.dir} required={required} />
        ) : (
          <TextField key={name} name={name} label={label} lang={locale.code} dir={locale.dir} required={required} />
        );
      })}
    </div>
  );

  return (
    <fieldset className="translations">
      <legend>{legend}</legend>
      <p className="field__hint">{t("translations.hint")}</p>
      <div className="translations__grid">
        {column(german, false)}
        <div>
          <div role="tablist" aria-label={t("translations.choose")} className="locale-tabs" dir="ltr">
            {others.map((l) => (
              <button
                key={l.code}
                type="button"
                role="tab"
                id={`tab-${prefix}-${l.code}`}
                aria-selected={l.code === active}
                aria-controls={`panel-${prefix}-${l.code}`}
                className="locale-tab"
                onClick={() => setChosen(l.code)}
              >
                {l.name}
                {filled(l.code) ? <span className="locale-tab__filled"> ✓<span className="visually-hidden">{t("translations.filled")}</span></span> : null}
              </button>
            ))}
          </div>
          {others.map((l) => column(l, l.code !== active))}
        </div>
      </div>
    </fieldset>
  );
}
