// The form of a category or audience, shared by "new" and "edit". Server component: it translates
// the labels and hands the fields to the client form.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { SelectField, TextField } from "@/components/admin/form/fields";
import type { Choice, RecordFormProps } from "@/components/admin/form/record-form-props";
import { TranslationFields } from "@/components/admin/form/translation-fields";
import { localeOptions } from "@/lib/i18n/locales";

type Props = Omit<RecordFormProps, "hidden"> & {
  /** the taxonomy a new term goes into; an existing term keeps its own */
  taxonomy?: "category" | "audience";
  parents: Choice[];
};

export async function TermForm({ locale, taxonomy, parents, ...form }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <EntityForm {...form} hidden={taxonomy ? { taxonomy } : undefined}>
      <TranslationFields
        legend={t("taxonomy.texts")}
        locales={localeOptions}
        fields={[
          { key: "name", label: t("taxonomy.name"), requiredInGerman: true },
          { key: "description", label: t("taxonomy.description"), multiline: true, rows: 3 },
        ]}
      />
      <div className="form-grid">
        <TextField name="code" label={t("taxonomy.code")} hint={t("taxonomy.codeHint")} required />
        <TextField name="icon" label={t("taxonomy.icon")} hint={t("taxonomy.iconHint")} />
        <TextField
          name="sortOrder"
          type="number"
          inputMode="numeric"
          label={t("taxonomy.sortOrder")}
          hint={t("taxonomy.sortOrderHint")}
        />
        <SelectField
          name="parentId"
          label={t("taxonomy.parent")}
          hint={t("taxonomy.parentHint")}
          empty={t("form.none")}
          options={parents.filter((p) => p.id !== form.record?.id).map((p) => ({ value: p.id, label: p.name }))}
        />
      </div>
    </EntityForm>
  );
}
