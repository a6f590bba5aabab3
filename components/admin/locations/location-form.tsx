// The location form: address, pin on the map (click, drag, or look the address up), accessibility.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { SelectField, TextField } from "@/components/admin/form/fields";
import { PinPicker, type GeocodeResult } from "@/components/admin/form/pin-picker";
import type { RecordFormProps } from "@/components/admin/form/record-form-props";
import { StatusField } from "@/components/admin/form/status-field";
import { TranslationFields } from "@/components/admin/form/translation-fields";
import { localeOptions } from "@/lib/i18n/locales";

type Props = RecordFormProps & {
  map: { tileUrl: string; attribution: string };
  geocode?: (address: string) => Promise<GeocodeResult>;
};

export async function LocationForm({ locale, map, geocode, ...form }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <EntityForm {...form}>
      <div className="form-grid">
        <TextField name="name" label={t("locations.name")} hint={t("locations.nameHint")} />
        <TextField name="street" label={t("locations.street")} required autoComplete="street-address" />
        <TextField name="postcode" label={t("locations.postcode")} required inputMode="numeric" />
        <TextField name="city" label={t("locations.city")} required />
      </div>
      <PinPicker tileUrl={map.tileUrl} attribution={map.attribution} geocode={geocode} />
      <div className="form-grid">
        <SelectField
          name="wheelchairAccessible"
          label={t("locations.wheelchair")}
          options={[
            { value: "", label: t("locations.unknown") },
            { value: "yes", label: t("locations.yes") },
            { value: "no", label: t("locations.no") },
          ]}
        />
        <StatusField locale={locale} />
      </div>
      <TranslationFields
        prefix="translations"
        legend={t("locations.accessibility")}
        locales={localeOptions}
        fields={[{ key: "accessibilityNote", label: t("locations.accessibility"), multiline: true, rows: 3 }]}
      />
    </EntityForm>
  );
}
