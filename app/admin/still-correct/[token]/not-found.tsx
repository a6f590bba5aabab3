import { ReviewSignInHint } from "@/components/admin/review-sign-in-hint";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";

// An unknown or expired still-correct link answers 404; the page says what to do instead.
export default async function StillCorrectGone() {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.freshness.confirm" });
  return (
    <main id="main" className="card stack still-correct">
      <h1>{t("title")}</h1>
      <p role="alert" className="error-summary">
        {t("gone")}
      </p>
      <ReviewSignInHint change={t("change")} signIn={t("signIn")} />
    </main>
  );
}
