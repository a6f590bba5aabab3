// One record in two languages: the German source on the left, read-only, and the translation on the
// right, to type or correct; below 60rem the German text sits above each field. Saving stores the
// text as reviewed by a person. `tools` is room for further ways to fill the right column (e.g. a
// machine translation), shown beside "mark as reviewed".
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { EntityForm } from "@/components/admin/form/entity-form";
import { TextArea, TextField } from "@/components/admin/form/fields";
import type { FormState } from "@/lib/forms/state";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { directionOf, type Locale } from "@/lib/i18n/locales";
import type { TranslationView } from "@/lib/translations/record";
import { translatedFields } from "@/lib/translations/status";
import { GermanText } from "./german-text";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

type Props = {
  view: TranslationView;
  target: Locale;
  languageName: string;
  locale: AdminLocale;
  save: Action;
  markReviewed: Action;
  tools?: React.ReactNode;
};

// Names and titles fit on one line; everything else is running text.
const singleLine = new Set(["title", "name"]);

export async function SideBySide({ view, target, languageName, locale, save, markReviewed, tools }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const dir = directionOf(target);
  const hidden = { kind: view.kind, locale: target };
  const fields = translatedFields[view.kind];
  const initial = Object.fromEntries(fields.map((f) => [`texts.${f}`, view.target?.[f] ?? ""]));
  const errors = Object.fromEntries(
    ["invalid", "conflict", "forbidden", "not_found"].map((key) => [key, t(`form.errors.${key}`)]),
  );
  return (
    <div className="stack">
      {view.state !== "reviewed" ? (
        <p className={`notice notice--translation-${view.state}`}>{t(`translations.${view.state}Note`)}</p>
      ) : null}
      {view.state === "outdated" && !view.germanThen ? (
        <p className="muted">{t("translations.changesUnknown")}</p>
      ) : null}
      {/* Kept in place once the text is reviewed, so that the confirmation of that stays on screen. */}
      <div className="translation-tools">
        <ActionForm
          action={markReviewed}
          submit={t("translations.markReviewed")}
          messages={{ saved: t("translations.reviewed"), ...errors }}
          closed={view.state !== "machine" && view.state !== "outdated"}
        >
          <input type="hidden" name="kind" value={view.kind} />
          <input type="hidden" name="id" value={view.id} />
          <input type="hidden" name="locale" value={target} />
          <input type="hidden" name="version" value={view.version} />
          <p className="field__hint">{t("translations.markReviewedHint")}</p>
        </ActionForm>
        {tools}
      </div>
      <EntityForm
        action={save}
        initial={initial}
        record={{ id: view.id, version: view.version }}
        hidden={hidden}
        submit={t("translations.save")}
      >
        {fields.map((field) => {
          const label = `${t(`translations.field.${field}`)} (${languageName})`;
          const name = `texts.${field}`;
          return (
            <div key={field} className="translation-pair">
              <GermanText
                label={`${t(`translations.field.${field}`)} (${t("translations.german")})`}
                text={view.german[field] ?? ""}
                then={view.germanThen ? (view.germanThen[field] ?? "") : null}
                labels={{
                  empty: t("translations.empty_field"),
                  changed: t("translations.changed"),
                  then: t("translations.then"),
                  now: t("translations.now"),
                }}
              />
              {singleLine.has(field) ? (
                <TextField name={name} label={label} lang={target} dir={dir} />
              ) : (
                <TextArea name={name} label={label} lang={target} dir={dir} rows={field === "description" ? 8 : 4} />
              )}
            </div>
          );
        })}
      </EntityForm>
    </div>
  );
}
