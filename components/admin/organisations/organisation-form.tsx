// The organisation form, shared by "new" and "edit". Server component: it translates the labels
// and hands the fields to the client form.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { SelectField, TextField } from "@/components/admin/form/fields";
import type { Choice, RecordFormProps } from "@/components/admin/form/record-form-props";
import { StatusField } from "@/components/admin/form/status-field";
import { TranslationFields } from "@/components/admin/form/translation-fields";
import { localeOptions } from "@/lib/i18n/locales";
import { organisationTypes } from "@/lib/organisations/types";

type Props = RecordFormProps & { parents: Choice[] };

export async function OrganisationForm({ locale, parents, ...form }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  return (
    <EntityForm {...form}>
      <div className="form-grid">
        <TextField name="name" label={t("organisations.name")} required />
        <TextField name="shortName" label={t("organisations.shortName")} />
        <SelectField
          name="type"
          label={t("organisations.type")}
          required
          options={organisationTypes.map((type) => ({ value: type, label: tTypes(type) }))}
        />
        <SelectField
          name="parentId"
          label={t("organisations.parent")}
          hint={t("organisations.parentHint")}
          empty={t("form.none")}
          options={parents.filter((p) => p.id !== form.record?.id).map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField name="email" type="email" label={t("organisations.email")} />
        <TextField name="phone" type="tel" label={t("organisations.phone")} />
        <TextField name="website" type="url" label={t("organisations.website")} />
        <TextField name="slug" label={t("organisations.slug")} hint={t("organisations.slugHint")} />
        <StatusField locale={locale} />
      </div>
      <TranslationFields
        legend={t("organisations.description")}
        locales={localeOptions}
        fields={[{ key: "description", label: t("organisations.description"), multiline: true, rows: 5 }]}
      />
    </EntityForm>
  );
}
