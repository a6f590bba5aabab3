// The account form, shared by "new" and "edit". Server component: it translates the labels and
// hands the fields to the client form.
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/admin/form/entity-form";
import { Checkbox, CheckboxGroup, SelectField, TextField } from "@/components/admin/form/fields";
import type { Choice, RecordFormProps } from "@/components/admin/form/record-form-props";
import { roles } from "@/lib/auth/policy";
import { languageName } from "@/lib/i18n/language-names";
import { translationTargets } from "@/lib/translations/kinds";

type Props = RecordFormProps & { organisations: Choice[] };

export async function UserForm({ locale, organisations, ...form }: Props) {
  const { record } = form;
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <EntityForm {...form}>
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
      <CheckboxGroup
        name="languages"
        label={t("users.languages")}
        hint={t("users.languagesHint")}
        options={translationTargets.map((code) => ({ value: code, label: languageName(code, locale) }))}
        columns
      />
      {record ? <Checkbox name="active" label={t("users.active")} hint={t("users.activeHint")} /> : null}
    </EntityForm>
  );
}
