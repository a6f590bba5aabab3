// Every record that can be published has the same status choice; a form may explain it in its own
// words (a programme's hint says what archiving it does).
import { getTranslations } from "next-intl/server";
import { recordStatuses } from "@/lib/forms/fields";
import type { AdminLocale } from "@/lib/i18n/admin-locale";
import { SelectField } from "./fields";

export async function StatusField({ locale, hint }: { locale: AdminLocale; hint?: string }) {
  const t = await getTranslations({ locale, namespace: "admin.form" });
  return (
    <SelectField
      name="status"
      label={t("status")}
      hint={hint ?? t("statusHint")}
      required
      options={recordStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
    />
  );
}
