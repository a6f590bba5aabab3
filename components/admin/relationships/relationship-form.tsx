// The relationship form, shared by "new" and "edit". Server component: it translates the labels
// and hands the fields to the client form.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { SelectField, TextArea, TextField } from "@/components/admin/form/fields";
import type { FormState } from "@/lib/forms/state";
import type { FormValues } from "@/lib/forms/values";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { relationshipTypes } from "@/lib/relationships";

type Choice = { id: string; name: string };

type Props = {
  locale: AdminLocale;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: FormValues;
  record?: { id: string; version: number };
  organisations: Choice[];
  programmes: Choice[];
};

export async function RelationshipForm({ locale, action, initial, record, organisations, programmes }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const organisationOptions = organisations.map((o) => ({ value: o.id, label: o.name }));
  return (
    <EntityForm action={action} initial={initial} record={record} submit={record ? t("form.save") : t("form.create")}>
      <p className="field__hint">{t("relationships.formHint")}</p>
      <div className="form-grid">
        <SelectField name="fromId" label={t("relationships.from")} required empty="" options={organisationOptions} />
        <SelectField
          name="type"
          label={t("relationships.type")}
          required
          options={relationshipTypes.map((type) => ({ value: type, label: t(`relationships.types.${type}`) }))}
        />
        <SelectField name="toId" label={t("relationships.to")} required empty="" options={organisationOptions} />
        <SelectField
          name="programmeId"
          label={t("relationships.programme")}
          hint={t("relationships.programmeHint")}
          empty={t("form.none")}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField name="since" type="date" label={t("relationships.since")} />
        <TextField name="until" type="date" label={t("relationships.until")} hint={t("relationships.untilHint")} />
      </div>
      <TextArea name="note" label={t("relationships.note")} hint={t("relationships.noteHint")} rows={3} />
    </EntityForm>
  );
}
