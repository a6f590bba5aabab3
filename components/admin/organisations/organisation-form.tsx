// The organisation form, shared by "new" and "edit". Server component: it translates the labels
// and hands the fields to the client form.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { SelectField, TextField } from "@/components/admin/form/fields";
import { TranslationFields } from "@/components/admin/form/translation-fields";
import type { FormState } from "@/lib/forms/state";
import type { FormValues } from "@/lib/forms/values";
import { recordStatuses } from "@/lib/forms/fields";
import { localeOptions } from "@/lib/i18n/locales";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { organisationTypes } from "@/lib/organisation-types";

type Props = {
  locale: AdminLocale;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: FormValues;
  record?: { id: string; version: number };
  parents: Array<{ id: string; name: string }>;
};

export async function OrganisationForm({ locale, action, initial, record, parents }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  return (
    <EntityForm action={action} initial={initial} record={record} submit={record ? t("form.save") : t("form.create")}>
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
          options={parents.filter((p) => p.id !== record?.id).map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField name="email" type="email" label={t("organisations.email")} />
        <TextField name="phone" type="tel" label={t("organisations.phone")} />
        <TextField name="website" type="url" label={t("organisations.website")} />
        <TextField name="slug" label={t("organisations.slug")} hint={t("organisations.slugHint")} />
        <SelectField
          name="status"
          label={t("form.status")}
          hint={t("form.statusHint")}
          required
          options={recordStatuses.map((s) => ({ value: s, label: t(`form.statuses.${s}`) }))}
        />
      </div>
      <TranslationFields
        legend={t("organisations.description")}
        locales={localeOptions}
        fields={[{ key: "description", label: t("organisations.description"), multiline: true, rows: 5 }]}
      />
    </EntityForm>
  );
}
