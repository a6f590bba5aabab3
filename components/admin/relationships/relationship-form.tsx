// The relationship form, shared by "new" and "edit". Server component: it translates the labels
// and hands the fields to the client form.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { SelectField, TextArea, TextField } from "@/components/admin/form/fields";
import type { Choice, RecordFormProps } from "@/components/admin/form/record-form-props";
import { relationshipTypes } from "@/lib/relationships/editing";

type Props = RecordFormProps & { organisations: Choice[]; programmes: Choice[] };

export async function RelationshipForm({ locale, organisations, programmes, ...form }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const organisationOptions = organisations.map((o) => ({ value: o.id, label: o.name }));
  return (
    <EntityForm {...form}>
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
