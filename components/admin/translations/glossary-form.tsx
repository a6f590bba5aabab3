// The form of a glossary entry, shared by "add" and "edit". Server component: it translates the
// labels and hands the fields to the client form.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { SelectField, TextField } from "@/components/admin/form/fields";
import type { RecordFormProps } from "@/components/admin/form/record-form-props";
import { glossaryLocaleChoices } from "./glossary-locales";

export async function GlossaryForm({ locale, ...form }: RecordFormProps) {
  const t = await getTranslations({ locale, namespace: "admin.glossary" });
  const languages = await glossaryLocaleChoices(locale);
  return (
    <EntityForm {...form}>
      <div className="form-grid">
        <TextField name="source" label={t("source")} hint={t("sourceHint")} required />
        <SelectField name="locale" label={t("locale")} options={languages} required />
        <TextField name="target" label={t("target")} hint={t("targetHint")} />
        <TextField name="note" label={t("note")} />
      </div>
    </EntityForm>
  );
}
