// The participation form: who takes part, in which role, where, since when, in which languages and
// at which group times. Any location can be picked; saving refuses one of another organisation.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/admin/form/fields";
import { ScheduleEditor } from "@/components/admin/form/schedule-editor";
import type { FormState } from "@/lib/forms/state";
import type { FormValues } from "@/lib/forms/values";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { languageName } from "@/lib/i18n/language-names";
import { participationLanguages, participationRoles } from "@/lib/programmes/participations";

type Props = {
  locale: AdminLocale;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: FormValues;
  record?: { id: string; version: number };
  hidden?: Record<string, string>;
  organisations: Array<{ id: string; name: string }>;
  locations: Array<{ id: string; label: string }>;
};

export async function ParticipationForm({ locale, action, initial, record, hidden, organisations, locations }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tRoles = await getTranslations({ locale, namespace: "participationRoles" });
  // Codes saved before the list of choices changed stay visible, so that saving keeps them.
  const codes = [...new Set([...participationLanguages, ...[initial.languages ?? []].flat()])];
  return (
    <EntityForm
      action={action}
      initial={initial}
      record={record}
      hidden={hidden}
      submit={record ? t("form.save") : t("form.create")}
    >
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
