// The offer form: provider and programme, texts per locale side by side, pickers for categories,
// audiences, languages and locations, the weekly times, contact and status.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { Checkbox, CheckboxGroup, SelectField, TextField } from "@/components/admin/form/fields";
import type { Choice, RecordFormProps } from "@/components/admin/form/record-form-props";
import { ScheduleEditor } from "@/components/admin/form/schedule-editor";
import { StatusField } from "@/components/admin/form/status-field";
import { TranslationFields } from "@/components/admin/form/translation-fields";
import { localeOptions } from "@/lib/i18n/locales";
import type { OfferFormOptions } from "@/lib/offers/editing-options";

type Props = RecordFormProps & {
  options: OfferFormOptions;
  /** staff choose the provider; a partner editor's offers always belong to their organisation */
  providers: Choice[] | null;
};

export async function OfferForm({ locale, options, providers, ...form }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <EntityForm {...form}>
      <div className="form-grid">
        {providers ? (
          <SelectField name="organizationId" label={t("offers.provider")} required options={providers.map((p) => ({ value: p.id, label: p.name }))} />
        ) : null}
        <SelectField name="programmeId" label={t("offers.programme")} empty={t("form.none")} options={options.programmes} />
        <StatusField locale={locale} />
      </div>
      <TranslationFields
        legend={t("offers.texts")}
        locales={localeOptions}
        fields={[
          { key: "title", label: t("offers.textTitle"), requiredInGerman: true },
          { key: "summary", label: t("offers.summary"), multiline: true, rows: 2, requiredInGerman: true },
          { key: "description", label: t("offers.description"), multiline: true, rows: 6 },
          { key: "eligibility", label: t("offers.eligibility"), multiline: true, rows: 2 },
          { key: "howToJoin", label: t("offers.howToJoin"), multiline: true, rows: 2 },
          { key: "costNote", label: t("offers.costNote") },
          { key: "easyRead", label: t("offers.easyRead"), multiline: true, rows: 4 },
        ]}
      />
      <CheckboxGroup name="terms" label={t("offers.categories")} options={options.categories} columns />
      <CheckboxGroup name="terms" id="f-terms-audiences" label={t("offers.audiences")} options={options.audiences} columns />
      <CheckboxGroup name="languages" label={t("offers.languages")} options={options.languages} columns />
      {options.locations.length ? (
        <CheckboxGroup name="locations" label={t("offers.locations")} options={options.locations} />
      ) : (
        <p className="field__hint">{t("offers.noLocations")}</p>
      )}
      <ScheduleEditor legend={t("offers.schedule")} />
      <fieldset className="form-grid">
        <legend>{t("offers.details")}</legend>
        <Checkbox name="free" label={t("offers.free")} />
        <Checkbox name="registrationRequired" label={t("offers.registrationRequired")} />
        <TextField name="minAge" label={t("offers.minAge")} inputMode="numeric" />
        <TextField name="maxAge" label={t("offers.maxAge")} inputMode="numeric" />
        <TextField name="validFrom" type="date" label={t("offers.validFrom")} />
        <TextField name="validUntil" type="date" label={t("offers.validUntil")} />
      </fieldset>
      <fieldset className="form-grid">
        <legend>{t("offers.contact")}</legend>
        <TextField name="email" type="email" label={t("offers.email")} />
        <TextField name="phone" type="tel" label={t("offers.phone")} />
        <TextField name="website" type="url" label={t("offers.website")} />
        <TextField name="slug" label={t("offers.slug")} hint={t("offers.slugHint")} />
      </fieldset>
    </EntityForm>
  );
}
