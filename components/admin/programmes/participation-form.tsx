// The participation form: who takes part, in which role, where, since when, in which languages and
// at which group times. Any location can be picked; saving refuses one of another organisation.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/admin/form/fields";
import type { Choice, RecordFormProps } from "@/components/admin/form/record-form-props";
import { ScheduleEditor } from "@/components/admin/form/schedule-editor";
import { languageName } from "@/lib/i18n/language-names";
import { participationLanguages, participationRoles } from "@/lib/programmes/participations";

type Props = RecordFormProps & {
  organisations: Choice[];
  locations: Array<{ id: string; label: string }>;
};

export async function ParticipationForm({ locale, organisations, locations, ...form }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tRoles = await getTranslations({ locale, namespace: "participationRoles" });
  // Codes saved before the list of choices changed stay visible, so that saving keeps them.
  const codes = [...new Set([...participationLanguages, ...[form.initial.languages ?? []].flat()])];
  return (
    <EntityForm {...form}>
      <div className="form-grid">
        <SelectField
          name="organizationId"
          label={t("participations.organisation")}
          required
          empty=""
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectField
          name="locationId"
          label={t("participations.location")}
          hint={t("participations.locationHint")}
          empty={t("participations.noLocation")}
          options={locations.map((l) => ({ value: l.id, label: l.label }))}
        />
        <SelectField
          name="role"
          label={t("participations.role")}
          required
          options={participationRoles.map((role) => ({ value: role, label: tRoles(role) }))}
        />
        <TextField
          name="groups"
          type="number"
          inputMode="numeric"
          label={t("participations.groups")}
          hint={t("participations.groupsHint")}
        />
        <TextField name="since" type="date" label={t("participations.since")} />
        <TextField name="until" type="date" label={t("participations.until")} hint={t("participations.untilHint")} />
      </div>
      <CheckboxGroup
        name="languages"
        label={t("participations.languages")}
        columns
        options={codes
          .map((code) => ({ value: code, label: languageName(code, locale) }))
          .sort((a, b) => (a.value === "de" ? -1 : b.value === "de" ? 1 : a.label.localeCompare(b.label, locale)))}
      />
      <ScheduleEditor legend={t("participations.schedule")} />
      <TextArea name="note" label={t("participations.note")} rows={3} />
    </EntityForm>
  );
}
