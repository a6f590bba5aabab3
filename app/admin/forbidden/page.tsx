import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { adminLocale } from "@/lib/i18n/admin-locale";

export default async function ForbiddenPage() {
  const t = await getTranslations({ locale: await adminLocale(), namespace: "admin.forbidden" });
  return (
    <main id="main" className="login card">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <Link prefetch={false} href="/admin">{t("back")}</Link>
    </main>
  );
}
