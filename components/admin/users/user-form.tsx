// The account form, shared by "new" and "edit". Server component: it translates the labels and
// hands the fields to the client form.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { Checkbox, SelectField, TextField } from "@/components/admin/form/fields";
import { roles } from "@/lib/auth/policy";
import type { FormState } from "@/lib/forms/state";
import type { FormValues } from "@/lib/forms/values";
import type { AdminLocale } from "@/lib/i18n/admin-locale";

type Props = {
  locale: AdminLocale;
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: FormValues;
  record?: { id: string; version: number };
  organisations: Array<{ id: string; name: string }>;
};

export async function UserForm({ locale, action, initial, record, organisations }: Props) {
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <EntityForm action={action} initial={initial} record={record} submit={record ? t("form.save") : t("form.create")}>
      <div className="form-grid">
        <TextField name="name" label={t("users.name")} required />
        <TextField name="email" type="email" label={t("users.email")} required />
        <SelectField
          name="role"
          label={t("users.role")}
          hint={t("users.roleHint")}
          required
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <SelectField
          name="organizationId"
          label={t("users.organisation")}
          hint={t("users.organisationHint")}
          empty={t("form.none")}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={record ? t("users.newPassword") : t("users.password")}
          hint={record ? t("users.newPasswordHint") : t("users.passwordHint")}
          required={!record}
        />
      </div>
      {record ? <Checkbox name="active" label={t("users.active")} hint={t("users.activeHint")} /> : null}
    </EntityForm>
  );
}
