// The programme form: hierarchy, contact, who can host it, and the texts per locale. Programmes are
// only ever edited, so there is always a record.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { CheckboxGroup, SelectField, TextField } from "@/components/admin/form/fields";
import type { Choice, RecordFormProps } from "@/components/admin/form/record-form-props";
import { StatusField } from "@/components/admin/form/status-field";
import { TranslationFields } from "@/components/admin/form/translation-fields";
import { localeOptions } from "@/lib/i18n/locales";
import { organisationTypes } from "@/lib/organisations/types";

type Props = RecordFormProps & {
  record: { id: string; version: number };
  parents: Choice[];
  organisations: Choice[];
};

export async function ProgrammeForm({ locale, parents, organisations, ...form }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tTypes = await getTranslations({ locale, namespace: "organisationTypes" });
  return (
    <EntityForm {...form}>
      <TranslationFields
        legend={t("programmes.texts")}
        locales={localeOptions}
        fields={[
          { key: "name", label: t("programmes.name"), requiredInGerman: true },
          { key: "summary", label: t("programmes.summary"), multiline: true, rows: 2, requiredInGerman: true },
          { key: "description", label: t("programmes.description"), multiline: true, rows: 6, requiredInGerman: true },
          { key: "targetGroup", label: t("programmes.targetGroup"), multiline: true, rows: 3, requiredInGerman: true },
          { key: "howItWorks", label: t("programmes.howItWorks"), multiline: true, rows: 4 },
          { key: "hostInfo", label: t("programmes.hostInfo"), multiline: true, rows: 4 },
          { key: "funding", label: t("programmes.funding"), multiline: true, rows: 2 },
        ]}
      />
      <div className="form-grid">
        <SelectField
          name="parentId"
          label={t("programmes.parent")}
          hint={t("programmes.parentHint")}
          empty={t("form.none")}
          options={parents.filter((p) => p.id !== form.record.id).map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField
          name="sortOrder"
          type="number"
          inputMode="numeric"
          label={t("programmes.sortOrder")}
          hint={t("programmes.sortOrderHint")}
        />
        <StatusField locale={locale} hint={t("programmes.statusHint")} />
      </div>
      <fieldset className="stack">
        <legend>{t("programmes.contact")}</legend>
        <div className="form-grid">
          <SelectField
            name="contactOrgId"
            label={t("programmes.contactOrg")}
            empty={t("form.none")}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <TextField name="contactEmail" type="email" label={t("programmes.contactEmail")} />
          <TextField name="contactPhone" type="tel" label={t("programmes.contactPhone")} />
          <TextField name="website" type="url" label={t("programmes.website")} />
        </div>
      </fieldset>
      <CheckboxGroup
        name="hostTypes"
        label={t("programmes.hostTypes")}
        hint={t("programmes.hostTypesHint")}
        columns
        options={organisationTypes.map((type) => ({ value: type, label: tTypes(type) }))}
      />
    </EntityForm>
  );
}
