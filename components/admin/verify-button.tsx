import { getTranslations } from "next-intl/server";
import type { AdminLocale } from "@/lib/i18n/admin-locale";

type Action = (form: FormData) => Promise<void>;

// "Still correct": one click confirms a record without opening its form. A plain form, so it works
// from any list, with or without JavaScript.
export function VerifyButton({ id, action, label }: { id: string; action: Action; label: string }) {
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--secondary button--small">
        {label}
      </button>
    </form>
  );
}

/** When a record was last confirmed as correct, and the button that confirms it again. */
export async function Verification(props: {
  id: string;
  action: Action;
  lastVerifiedAt: Date | null;
  locale: AdminLocale;
}) {
  const { id, action, lastVerifiedAt, locale } = props;
  const t = await getTranslations({ locale, namespace: "admin.form" });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <>
      <span>
        {t("lastVerified")}: {lastVerifiedAt ? date.format(lastVerifiedAt) : t("never")}
      </span>
      <VerifyButton id={id} action={action} label={t("verify")} />
    </>
  );
}
